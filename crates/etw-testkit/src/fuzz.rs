//! Fuzz target bodies (being written).
