//! stub
use super::Line;
use crate::extract::Lexicon;

pub(crate) fn applies(_lines: &[&str]) -> bool {
    false
}
pub(crate) fn join(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    lines
}
