pub struct TimeOrderReader;
