//! Answers kept for repeated queries.
//!
//! A read-only server sees the store as it was at start, so the same query with the same
//! dataset and `Accept` header always gets the same answer: the server keeps recent answers,
//! least recently used out first, within a byte budget. A server that takes writes empties the
//! cache on every write.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A kept answer.
#[derive(Debug)]
pub struct Entry {
    pub content_type: &'static str,
    /// Shared with every response that hands it out.
    pub body: Arc<Vec<u8>>,
    /// The answer was cut at the row limit.
    pub truncated: bool,
}

/// Recent answers, within a byte budget.
pub struct Cache {
    budget: usize,
    state: Mutex<State>,
    /// One gate per answer being computed: requests for the same answer wait for the first
    /// instead of computing it again (a burst of identical queries costs one evaluation).
    gates: Mutex<HashMap<String, Arc<Mutex<()>>>>,
}

/// Held while one request computes an answer; see [`Cache::gate`].
pub struct Gate<'a> {
    cache: &'a Cache,
    key: String,
    gate: Arc<Mutex<()>>,
}

impl Gate<'_> {
    /// Waits until no other request computes this answer.
    pub fn wait(&self) -> std::sync::MutexGuard<'_, ()> {
        match self.gate.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }
}

impl Drop for Gate<'_> {
    fn drop(&mut self) {
        if let Ok(mut gates) = self.cache.gates.lock() {
            // let go of this gate's handle under the lock, so that of two gates dropped at
            // once the second always sees the first one gone (a count read before the
            // first one's handle was released would leave the entry behind)
            drop(std::mem::replace(&mut self.gate, Arc::new(Mutex::new(()))));
            // only the map holds it: nobody else waits, the entry can go
            if gates
                .get(&self.key)
                .is_some_and(|gate| Arc::strong_count(gate) == 1)
            {
                gates.remove(&self.key);
            }
        }
    }
}

#[derive(Default)]
struct State {
    /// Bumped by every [`Cache::clear`]: an answer computed before a write is not kept after it.
    generation: u64,
    entries: HashMap<String, (Arc<Entry>, u64)>,
    bytes: usize,
    tick: u64,
    hits: u64,
    misses: u64,
}

impl Cache {
    /// A cache of at most `budget` bytes of answers (0: keep nothing).
    pub fn new(budget: usize) -> Self {
        Self {
            budget,
            state: Mutex::new(State::default()),
            gates: Mutex::new(HashMap::new()),
        }
    }

    /// The gate of `key`: `wait` on it, look in the cache again, and compute only if the
    /// answer is still missing.
    pub fn gate(&self, key: &str) -> Gate<'_> {
        let gate = match self.gates.lock() {
            Ok(mut gates) => Arc::clone(gates.entry(key.to_owned()).or_default()),
            Err(_) => Arc::new(Mutex::new(())),
        };
        Gate {
            cache: self,
            key: key.to_owned(),
            gate,
        }
    }

    /// Whether answers are kept at all.
    pub fn enabled(&self) -> bool {
        self.budget > 0
    }

    /// The answer kept under `key`, marked as just used.
    pub fn get(&self, key: &str) -> Option<Arc<Entry>> {
        if self.budget == 0 {
            return None;
        }
        let mut state = self.state.lock().ok()?;
        state.tick += 1;
        let tick = state.tick;
        let found = state.entries.get_mut(key).map(|(entry, used)| {
            *used = tick;
            Arc::clone(entry)
        });
        if found.is_some() {
            state.hits += 1;
        } else {
            state.misses += 1;
        }
        found
    }

    /// The current generation: take it before computing an answer, give it to [`put`](Self::put).
    pub fn generation(&self) -> u64 {
        self.state.lock().map_or(u64::MAX, |state| state.generation)
    }

    /// Keeps `entry` under `key` unless it alone takes over an eighth of the budget, or the
    /// store changed since `generation` was taken; the least recently used answers make room.
    pub fn put(&self, key: String, entry: Entry, generation: u64) {
        let size = entry.body.len() + key.len();
        if self.budget == 0 || size > self.budget / 8 {
            return;
        }
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        if state.generation != generation {
            return;
        }
        state.tick += 1;
        let tick = state.tick;
        if let Some((old, _)) = state.entries.insert(key.clone(), (Arc::new(entry), tick)) {
            state.bytes -= old.body.len() + key.len();
        }
        state.bytes += size;
        while state.bytes > self.budget {
            let Some(oldest) = state
                .entries
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some((old, _)) = state.entries.remove(&oldest) {
                state.bytes -= old.body.len() + oldest.len();
            }
        }
    }

    /// Forgets every answer (the store changed).
    pub fn clear(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.entries.clear();
            state.bytes = 0;
            state.generation += 1;
        }
    }

    /// Whether any answer fits without pushing another out (an answer takes at most an eighth
    /// of the budget).
    pub fn has_room(&self) -> bool {
        self.state
            .lock()
            .is_ok_and(|state| state.bytes + self.budget / 8 <= self.budget && self.budget > 0)
    }

    /// The keys of the kept answers, the most recently used first.
    pub fn keys(&self) -> Vec<String> {
        let Ok(state) = self.state.lock() else {
            return Vec::new();
        };
        let mut kept: Vec<(&String, u64)> = state
            .entries
            .iter()
            .map(|(key, (_, used))| (key, *used))
            .collect();
        kept.sort_unstable_by_key(|&(_, used)| std::cmp::Reverse(used));
        kept.into_iter().map(|(key, _)| key.clone()).collect()
    }

    /// Hits and misses so far.
    pub fn counts(&self) -> (u64, u64) {
        self.state
            .lock()
            .map_or((0, 0), |state| (state.hits, state.misses))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(bytes: usize) -> Entry {
        Entry {
            content_type: "text/csv",
            body: Arc::new(vec![b'x'; bytes]),
            truncated: false,
        }
    }

    #[test]
    fn keeps_within_the_budget_dropping_the_least_recently_used() {
        let cache = Cache::new(1000);
        cache.put("a".into(), entry(100), 0);
        cache.put("b".into(), entry(100), 0);
        assert!(cache.get("a").is_some()); // a is now more recent than b
        for key in ["c", "d", "e", "f", "g", "h", "i", "j"] {
            cache.put(key.into(), entry(100), 0);
        }
        assert!(cache.get("a").is_some(), "used recently, kept");
        assert!(cache.get("b").is_none(), "least recently used, dropped");
        assert!(cache.get("j").is_some());
        let state = cache.state.lock().map_err(|_| "poisoned");
        assert!(state.is_ok_and(|s| s.bytes <= 1000));
    }

    #[test]
    fn a_burst_of_the_same_query_is_computed_once() {
        let cache = Arc::new(Cache::new(1000));
        let computed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let cache = Arc::clone(&cache);
                let computed = Arc::clone(&computed);
                std::thread::spawn(move || {
                    if cache.get("q").is_some() {
                        return;
                    }
                    let gate = cache.gate("q");
                    let _turn = gate.wait();
                    if cache.get("q").is_some() {
                        return;
                    }
                    computed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    cache.put("q".into(), entry(10), cache.generation());
                })
            })
            .collect();
        for thread in threads {
            assert!(thread.join().is_ok());
        }
        assert_eq!(computed.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert!(
            cache.gates.lock().is_ok_and(|g| g.is_empty()),
            "gates are dropped"
        );
    }

    #[test]
    fn keys_come_most_recently_used_first() {
        let cache = Cache::new(1000);
        for key in ["a", "b", "c"] {
            cache.put(key.into(), entry(10), 0);
        }
        assert!(cache.get("a").is_some());
        assert_eq!(cache.keys(), ["a", "c", "b"]);
        assert!(Cache::new(0).keys().is_empty());
        assert!(cache.has_room());
        for key in ["d", "e", "f", "g", "h", "i", "j", "k"] {
            cache.put(key.into(), entry(100), 0);
        }
        assert!(
            cache.has_room(),
            "841 of 1000 bytes kept: an answer of 125 still fits"
        );
        cache.put("l".into(), entry(100), 0);
        assert!(!cache.has_room(), "942 of 1000 bytes kept");
        assert!(!Cache::new(0).has_room());
    }

    #[test]
    fn big_answers_and_a_zero_budget_are_not_kept() {
        let cache = Cache::new(1000);
        cache.put("big".into(), entry(200), 0);
        assert!(cache.get("big").is_none());
        let none = Cache::new(0);
        none.put("a".into(), entry(1), 0);
        assert!(none.get("a").is_none());
    }

    #[test]
    fn clear_forgets_everything_and_counts_hits() {
        let cache = Cache::new(1000);
        cache.put("a".into(), entry(10), cache.generation());
        assert!(cache.get("a").is_some());
        let before = cache.generation();
        cache.clear();
        assert!(cache.get("a").is_none());
        assert_eq!(cache.counts(), (1, 1));
        // an answer computed before the change is not kept
        cache.put("a".into(), entry(10), before);
        assert!(cache.get("a").is_none());
    }
}
