//! Text in: readers that turn files, folders, JSON Lines and stdin into
//! [`Document`]s, and segmentation of a document's text into sentences and tokens
//! with byte spans.
//!
//! Invariant: every span produced here is a byte range into `Document::text` on
//! char boundaries; cleaning marks boilerplate as skipped, it never edits the text.

mod front;
mod html;
mod read;
mod segment;
mod token;

pub use front::{front_matter, FrontMatter};
pub use html::html_to_document_parts;
pub use read::{read_inputs, read_memory, sha256_hex, ReadError, ReadOptions, ReadOutcome};
pub use segment::{dateline_date, segment, SentKind, Sentence, WEEKDAYS};
pub use token::{tokenize, TokKind, Token};
