//! Read models for the HTTP API and the explorer (documents, graph, filtered and
//! paginated claims). Built on the same tables as `lib.rs`.
