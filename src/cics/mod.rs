//! CICS beyond the programs' own commands: the resource definitions of the region (CSD).

pub mod csd;
