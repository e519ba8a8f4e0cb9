//! Builders for synthetic ETL data (being written).
