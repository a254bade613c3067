//! Browser-style navigation history (back / forward) over the places a user visited, and
//! bookmarks with notes. Places are kept by value; the app decides what a place is.

use serde::{Deserialize, Serialize};

/// Back/forward stacks around the current place.
#[derive(Debug, Clone)]
pub struct History<T> {
    back: Vec<T>,
    current: Option<T>,
    forward: Vec<T>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            back: Vec::new(),
            current: None,
            forward: Vec::new(),
            limit: 500,
        }
    }
}

impl<T: Clone + PartialEq> History<T> {
    /// Goes to a new place: the current one goes on the back stack and the forward stack is
    /// cleared, as in a browser. Visiting the current place again does nothing.
    pub fn visit(&mut self, place: T) {
        if self.current.as_ref() == Some(&place) {
            return;
        }
        if let Some(cur) = self.current.take() {
            self.back.push(cur);
            if self.back.len() > self.limit {
                self.back.remove(0);
            }
        }
        self.forward.clear();
        self.current = Some(place);
    }

    /// Replaces the current place without making a history entry (e.g. stepping inside the
    /// same symbol).
    pub fn replace(&mut self, place: T) {
        self.current = Some(place);
    }

    pub fn current(&self) -> Option<&T> {
        self.current.as_ref()
    }

    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }

    /// Steps back; returns the place to show.
    pub fn back(&mut self) -> Option<&T> {
        let prev = self.back.pop()?;
        if let Some(cur) = self.current.replace(prev) {
            self.forward.push(cur);
        }
        self.current.as_ref()
    }

    /// Steps forward; returns the place to show.
    pub fn forward(&mut self) -> Option<&T> {
        let next = self.forward.pop()?;
        if let Some(cur) = self.current.replace(next) {
            self.back.push(cur);
        }
        self.current.as_ref()
    }

    /// Forgets everything (a new project).
    pub fn clear(&mut self) {
        self.back.clear();
        self.forward.clear();
        self.current = None;
    }
}

/// A bookmarked place, stable across re-indexing: a file path relative to the project root,
/// a line, the symbol's qualified name when there is one, and the user's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub path: String,
    pub line: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    #[serde(default)]
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_a_browser() {
        let mut h = History::default();
        assert!(h.back().is_none());
        h.visit(1);
        h.visit(2);
        h.visit(2);
        h.visit(3);
        assert_eq!(h.back(), Some(&2));
        assert_eq!(h.back(), Some(&1));
        assert!(h.back().is_none());
        assert_eq!(h.current(), Some(&1));
        assert_eq!(h.forward(), Some(&2));
        // A new visit drops the forward stack.
        h.visit(4);
        assert!(!h.can_go_forward());
        assert_eq!(h.back(), Some(&2));
        assert_eq!(h.forward(), Some(&4));
        h.replace(5);
        assert_eq!(h.back(), Some(&2));
        assert_eq!(h.forward(), Some(&5));
    }
}
