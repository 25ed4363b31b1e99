//! Running a function over many items on every core, keeping the items' order, with std's
//! scoped threads only. Items are handed out in small chunks, so a slow file does not leave a
//! core idle, and the results are put back in input order so the output never depends on
//! which thread finished first.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Items a thread claims at a time.
const CHUNK: usize = 16;
/// Fewer items than this per extra thread are faster done on one thread.
const MIN_ITEMS_PER_THREAD: usize = 64;

/// The number of threads worth starting for `items` on this machine.
pub fn threads_for(items: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.min(items / MIN_ITEMS_PER_THREAD).max(1)
}

/// `items.iter().map(f).collect()`, on [`threads_for`] threads.
pub fn map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    map_on(threads_for(items.len()), items, f)
}

/// `items.iter().map(f).collect()`, on `threads` threads (the calling one among them).
/// A panic in `f` is raised again in the caller.
pub fn map_on<'a, T: Sync, R: Send>(
    threads: usize,
    items: &'a [T],
    f: impl Fn(&'a T) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 || items.len() <= CHUNK {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut runs: Vec<(usize, Vec<R>)> = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            if start >= items.len() {
                return runs;
            }
            let end = (start + CHUNK).min(items.len());
            runs.push((start, items[start..end].iter().map(&f).collect()));
        }
    };
    let mut runs = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut runs = work();
        for helper in helpers {
            match helper.join() {
                Ok(more) => runs.extend(more),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        runs
    });
    runs.sort_unstable_by_key(|(start, _)| *start);
    let mut results = Vec::with_capacity(items.len());
    for (_, run) in runs {
        results.extend(run);
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_input_order_on_any_number_of_threads() {
        let items: Vec<u32> = (0..1000).collect();
        let expected: Vec<u64> = items.iter().map(|i| u64::from(*i) * 3).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(map_on(threads, &items, |i| u64::from(*i) * 3), expected);
        }
    }

    #[test]
    fn small_and_empty_inputs() {
        assert_eq!(map_on(4, &[] as &[u8], |b| *b), Vec::<u8>::new());
        assert_eq!(map_on(4, &[1, 2], |b| b + 1), [2, 3]);
        assert_eq!(threads_for(3), 1);
    }

    #[test]
    #[should_panic(expected = "a helper thread failed")]
    fn a_panic_in_a_helper_thread_reaches_the_caller() {
        let caller = std::thread::current().id();
        let items: Vec<u32> = (0..200).collect();
        map_on(2, &items, |_| {
            if std::thread::current().id() == caller {
                // Slow on the calling thread, so the helper is sure to claim items.
                std::thread::sleep(std::time::Duration::from_millis(2));
            } else {
                panic!("a helper thread failed");
            }
        });
    }
}
