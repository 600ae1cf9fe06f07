//! SWID tag parser plugin (ISO/IEC 19770-2:2015); implementation follows.
