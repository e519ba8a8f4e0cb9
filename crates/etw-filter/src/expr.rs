//! The `--where` expression language: a small, documented language over header fields and properties that
//! compiles to the same [`Predicate`]s as the library functions.
//!
//! ```text
//! expr       := or
//! or         := and  ( ("||" | "or")  and )*
//! and        := not  ( ("&&" | "and") not )*
//! not        := ("!" | "not") not  |  "(" expr ")"  |  "true"  |  "false"  |  "has" NAME  |  comparison
//! comparison := field op value
//! field      := header field | property
//!               header fields: provider id version opcode task level keywords channel pid tid cpu event_name
//!               header_kind (lowercase, exactly); any other name is a property of the decoded event
//!               (`prop.NAME` or `prop["any name"]` always means a property, e.g. `prop.pid`)
//! op         := == != < <= > >= & (any bit set)
//!               contains icontains starts_with istarts_with ends_with iends_with iequals has_any has_all
//! value      := integer (decimal or 0x hex, may be negative) | float | "string" | 'string' | true | false
//! ```
//!
//! Examples: `provider == "Microsoft-Windows-Kernel-Network" && id == 10 && size > 1000`,
//! `ImageFileName icontains "powershell"`, `keywords & 0x10`, `!(pid == 4) and (opcode == 1 or opcode == 2)`.
//!
//! Text comparisons with `==` are exact; `iequals`/`icontains`/... ignore case. `provider` compares names
//! ignoring case, or a GUID. A comparison with a property the event does not have is false.

use std::fmt;

use crate::predicate::{Field, Literal, Op, Predicate};

/// A `--where` expression that could not be parsed: where, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhereError {
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// What was wrong or expected.
    pub message: String,
}

impl fmt::Display for WhereError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for WhereError {}

impl WhereError {
    /// The error with the expression and a caret under the column, for terminals.
    pub fn render(&self, source: &str) -> String {
        format!("{self}\n  {source}\n  {}^", " ".repeat(self.column.saturating_sub(1)))
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Int(i128),
    Float(f64),
    Sym(&'static str),
    End,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("'{s}'"),
            Tok::Str(s) => format!("the string {s:?}"),
            Tok::Int(v) => format!("the number {v}"),
            Tok::Float(v) => format!("the number {v}"),
            Tok::Sym(s) => format!("'{s}'"),
            Tok::End => "the end of the expression".to_owned(),
        }
    }
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, WhereError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |col: usize, message: String| WhereError { column: col + 1, message };
    while let Some(&c) = chars.get(i) {
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            while chars.get(i).is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '-') {
                i += 1;
            }
            out.push((Tok::Ident(chars.get(start..i).unwrap_or_default().iter().collect()), start));
            continue;
        }
        if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            i += 1;
            while chars.get(i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_') {
                i += 1;
            }
            let text: String = chars.get(start..i).unwrap_or_default().iter().filter(|c| **c != '_').collect();
            let (neg, body) = match text.strip_prefix('-') {
                Some(b) => (true, b),
                None => (false, text.as_str()),
            };
            let parsed = if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
                i128::from_str_radix(hex, 16).ok().map(Tok::Int)
            } else if body.contains('.') {
                body.parse::<f64>().ok().map(Tok::Float)
            } else {
                body.parse::<i128>().ok().map(Tok::Int)
            };
            let tok = parsed.ok_or_else(|| err(start, format!("'{text}' is not a number")))?;
            out.push((
                match (neg, tok) {
                    (true, Tok::Int(v)) => Tok::Int(-v),
                    (true, Tok::Float(v)) => Tok::Float(-v),
                    (_, t) => t,
                },
                start,
            ));
            continue;
        }
        if c == '"' || c == '\'' {
            i += 1;
            let mut s = String::new();
            loop {
                match chars.get(i) {
                    None => return Err(err(start, format!("this string has no closing {c}"))),
                    Some('\\') => {
                        match chars.get(i + 1) {
                            Some(e @ ('\\' | '"' | '\'')) => s.push(*e),
                            Some('n') => s.push('\n'),
                            Some('t') => s.push('\t'),
                            // Windows paths: a backslash before anything else stays a backslash.
                            Some(other) => {
                                s.push('\\');
                                s.push(*other);
                            }
                            None => return Err(err(i, "a backslash ends the expression".into())),
                        }
                        i += 2;
                    }
                    Some(q) if *q == c => {
                        i += 1;
                        break;
                    }
                    Some(other) => {
                        s.push(*other);
                        i += 1;
                    }
                }
            }
            out.push((Tok::Str(s), start));
            continue;
        }
        let two: String = chars.get(i..i + 2).unwrap_or_default().iter().collect();
        let sym2 = ["==", "!=", "<=", ">=", "&&", "||"].into_iter().find(|s| *s == two);
        if let Some(s) = sym2 {
            out.push((Tok::Sym(s), start));
            i += 2;
            continue;
        }
        let sym1 = ["(", ")", "!", "<", ">", "=", "&", ".", "[", "]"].into_iter().find(|s| s.starts_with(c));
        match sym1 {
            Some(s) => {
                out.push((Tok::Sym(s), start));
                i += 1;
            }
            None => return Err(err(start, format!("unexpected character '{c}'"))),
        }
    }
    out.push((Tok::End, chars.len()));
    Ok(out)
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
}

const WORD_OPS: [(&str, Op); 15] = [
    ("contains", Op::Contains),
    ("icontains", Op::IContains),
    ("starts_with", Op::StartsWith),
    ("startswith", Op::StartsWith),
    ("istarts_with", Op::IStartsWith),
    ("istartswith", Op::IStartsWith),
    ("ends_with", Op::EndsWith),
    ("endswith", Op::EndsWith),
    ("iends_with", Op::IEndsWith),
    ("iendswith", Op::IEndsWith),
    ("iequals", Op::IEquals),
    ("has_any", Op::HasAny),
    ("has_all", Op::HasAll),
    ("equals", Op::Eq),
    ("matches_any", Op::HasAny),
];

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map_or(&Tok::End, |(t, _)| t)
    }

    fn column(&self) -> usize {
        self.toks.get(self.pos).map_or(0, |(_, c)| *c) + 1
    }

    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }

    fn error(&self, message: String) -> WhereError {
        WhereError { column: self.column(), message }
    }

    fn expected(&self, what: &str) -> WhereError {
        self.error(format!("expected {what}, found {}", self.peek().describe()))
    }

    fn is_word(&self, w: &str) -> bool {
        matches!(self.peek(), Tok::Ident(s) if s.eq_ignore_ascii_case(w))
    }

    fn or(&mut self) -> Result<Predicate, WhereError> {
        let mut terms = vec![self.and()?];
        while *self.peek() == Tok::Sym("||") || self.is_word("or") {
            self.next();
            terms.push(self.and()?);
        }
        Ok(if terms.len() == 1 { terms.remove(0) } else { Predicate::Or(terms) })
    }

    fn and(&mut self) -> Result<Predicate, WhereError> {
        let mut terms = vec![self.not()?];
        while *self.peek() == Tok::Sym("&&") || self.is_word("and") {
            self.next();
            terms.push(self.not()?);
        }
        Ok(if terms.len() == 1 { terms.remove(0) } else { Predicate::And(terms) })
    }

    fn not(&mut self) -> Result<Predicate, WhereError> {
        if *self.peek() == Tok::Sym("!") || self.is_word("not") {
            self.next();
            return Ok(Predicate::Not(Box::new(self.not()?)));
        }
        if *self.peek() == Tok::Sym("(") {
            self.next();
            let inner = self.or()?;
            if *self.peek() != Tok::Sym(")") {
                return Err(self.expected("')' to close '('"));
            }
            self.next();
            return Ok(inner);
        }
        if self.is_word("true") {
            self.next();
            return Ok(Predicate::True);
        }
        if self.is_word("false") {
            self.next();
            return Ok(Predicate::False);
        }
        if self.is_word("has") {
            self.next();
            return match self.next() {
                Tok::Ident(name) | Tok::Str(name) => Ok(Predicate::HasProperty(name)),
                _ => {
                    self.pos -= 1;
                    Err(self.expected("a property name after 'has'"))
                }
            };
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Predicate, WhereError> {
        let field_col = self.column();
        let (header, name) = match self.next() {
            Tok::Ident(name) if name == "prop" && *self.peek() == Tok::Sym(".") => {
                self.next();
                match self.next() {
                    Tok::Ident(n) => (None, n),
                    _ => {
                        self.pos -= 1;
                        return Err(self.expected("a property name after 'prop.'"));
                    }
                }
            }
            Tok::Ident(name) if name == "prop" && *self.peek() == Tok::Sym("[") => {
                self.next();
                let n = match self.next() {
                    Tok::Str(n) => n,
                    _ => {
                        self.pos -= 1;
                        return Err(self.expected("a quoted property name in prop[...]"));
                    }
                };
                if self.next() != Tok::Sym("]") {
                    self.pos -= 1;
                    return Err(self.expected("']'"));
                }
                (None, n)
            }
            Tok::Ident(name) => (Field::ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| *f), name),
            _ => {
                self.pos -= 1;
                return Err(self.expected("a field or property name (e.g. id, provider, ImageFileName) or '('"));
            }
        };
        let op_col = self.column();
        let op = match self.next() {
            Tok::Sym("==") | Tok::Sym("=") => Op::Eq,
            Tok::Sym("!=") => Op::Ne,
            Tok::Sym("<") => Op::Lt,
            Tok::Sym("<=") => Op::Le,
            Tok::Sym(">") => Op::Gt,
            Tok::Sym(">=") => Op::Ge,
            Tok::Sym("&") => Op::HasAny,
            Tok::Ident(w) => match WORD_OPS.iter().find(|(n, _)| n.eq_ignore_ascii_case(&w)) {
                Some((_, op)) => *op,
                None => {
                    self.pos -= 1;
                    return Err(self.expected(&format!(
                        "an operator after '{name}' (== != < <= > >= & contains icontains starts_with ...)"
                    )));
                }
            },
            _ => {
                self.pos -= 1;
                return Err(self.expected(&format!(
                    "an operator after '{name}' (== != < <= > >= & contains icontains starts_with ...)"
                )));
            }
        };
        let value_col = self.column();
        let value = match self.next() {
            Tok::Int(v) => Literal::Int(v),
            Tok::Float(v) => Literal::Float(v),
            Tok::Str(s) => Literal::Str(s),
            Tok::Ident(w) if w.eq_ignore_ascii_case("true") => Literal::Bool(true),
            Tok::Ident(w) if w.eq_ignore_ascii_case("false") => Literal::Bool(false),
            _ => {
                self.pos -= 1;
                return Err(
                    self.expected(&format!("a value after '{}' (a number, \"text\", true or false)", op.as_str()))
                );
            }
        };
        let _ = field_col;
        match header {
            Some(field) => {
                let numeric_value = matches!(value, Literal::Int(_));
                if field.is_numeric() && !numeric_value {
                    return Err(WhereError {
                        column: value_col,
                        message: format!("'{name}' is a number; compare it with a number"),
                    });
                }
                if !field.is_numeric() && !matches!(value, Literal::Str(_)) {
                    return Err(WhereError {
                        column: value_col,
                        message: format!("'{name}' is text; compare it with a \"string\""),
                    });
                }
                if field.is_numeric()
                    && matches!(
                        op,
                        Op::Contains
                            | Op::IContains
                            | Op::StartsWith
                            | Op::IStartsWith
                            | Op::EndsWith
                            | Op::IEndsWith
                            | Op::IEquals
                    )
                {
                    return Err(WhereError {
                        column: op_col,
                        message: format!("'{}' compares text, but '{name}' is a number", op.as_str()),
                    });
                }
                Ok(Predicate::Header { field, op, value })
            }
            None => Ok(Predicate::Property { name, op, value }),
        }
    }
}

/// Parses a `--where` expression.
pub fn parse_where(src: &str) -> Result<Predicate, WhereError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, pos: 0 };
    if *p.peek() == Tok::End {
        return Err(p.error("the expression is empty; try e.g. id == 10".into()));
    }
    let pred = p.or()?;
    if *p.peek() != Tok::End {
        return Err(p.expected("'&&', '||' or the end of the expression"));
    }
    Ok(pred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_examples() {
        let p = parse_where(r#"provider == "Microsoft-Windows-Kernel-Network" && id == 10 && size > 1000"#).unwrap();
        match p {
            Predicate::And(v) => {
                assert_eq!(v.len(), 3);
                assert!(
                    matches!(&v[0], Predicate::Header { field: Field::Provider, op: Op::Eq, value: Literal::Str(s) } if s == "Microsoft-Windows-Kernel-Network")
                );
                assert!(matches!(&v[1], Predicate::Header { field: Field::Id, op: Op::Eq, value: Literal::Int(10) }));
                assert!(
                    matches!(&v[2], Predicate::Property { name, op: Op::Gt, value: Literal::Int(1000) } if name == "size")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_where(r#"ImageFileName icontains "powershell""#).unwrap(),
            Predicate::Property { op: Op::IContains, .. }
        ));
        assert!(matches!(
            parse_where("keywords & 0x10").unwrap(),
            Predicate::Header { field: Field::Keywords, op: Op::HasAny, value: Literal::Int(16) }
        ));
        assert!(matches!(parse_where("!(pid == 4) and (opcode == 1 or opcode == 2)").unwrap(), Predicate::And(_)));
        assert!(matches!(parse_where("prop.pid == 4").unwrap(), Predicate::Property { .. }));
        assert!(
            matches!(parse_where(r#"prop["Image Name"] == 'x'"#).unwrap(), Predicate::Property { name, .. } if name == "Image Name")
        );
        assert!(matches!(parse_where("PID == -1").unwrap(), Predicate::Property { value: Literal::Int(-1), .. }));
        assert!(
            matches!(parse_where(r#"path starts_with "C:\Windows""#).unwrap(), Predicate::Property { value: Literal::Str(s), .. } if s == "C:\\Windows")
        );
        assert!(matches!(parse_where("has ImageFileName").unwrap(), Predicate::HasProperty(_)));
    }

    #[test]
    fn errors_point_at_the_column() {
        let e = parse_where("id == ").unwrap_err();
        assert_eq!(e.column, 7);
        assert_eq!(
            e.message,
            "expected a value after '==' (a number, \"text\", true or false), found the end of the expression"
        );
        let e = parse_where("id == 10 &&").unwrap_err();
        assert_eq!(e.column, 12);
        let e = parse_where("id ~ 10").unwrap_err();
        assert_eq!((e.column, e.message.as_str()), (4, "unexpected character '~'"));
        let e = parse_where("id == \"ten\"").unwrap_err();
        assert_eq!((e.column, e.message.as_str()), (7, "'id' is a number; compare it with a number"));
        let e = parse_where("provider == 7").unwrap_err();
        assert_eq!(e.column, 13);
        let e = parse_where("(id == 1").unwrap_err();
        assert!(e.message.starts_with("expected ')'"), "{}", e.message);
        let e = parse_where("name == \"x").unwrap_err();
        assert_eq!((e.column, e.message.as_str()), (9, "this string has no closing \""));
        let e = parse_where("id == 1 2").unwrap_err();
        assert_eq!(e.column, 9);
        assert_eq!(parse_where("").unwrap_err().column, 1);
        assert_eq!(parse_where("id icontains 1").unwrap_err().column, 4);
        assert_eq!(
            e.render("id == 1 2"),
            "column 9: expected '&&', '||' or the end of the expression, found the number 2\n  id == 1 2\n          ^"
        );
    }
}
