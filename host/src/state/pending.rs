//! A one-shot answer from the writer thread that the caller can wait for by blocking a thread
//! or by `.await`ing it: an async caller (the HTTP server) then holds no thread while its
//! ledger row becomes durable.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

struct Slot<T> {
    state: Mutex<State<T>>,
    ready: Condvar,
}

struct State<T> {
    value: Option<T>,
    /// No answer is coming any more: the replier went away without one, or it was taken.
    dropped: bool,
    waker: Option<Waker>,
}

impl<T> Slot<T> {
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        // Every critical section is a few assignments that cannot panic halfway.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn finish(&self, value: Option<T>) {
        let waker = {
            let mut state = self.lock();
            match value {
                Some(v) => state.value = Some(v),
                None => state.dropped = true,
            }
            state.waker.take()
        };
        self.ready.notify_one();
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// The waiting side: [`Pending::wait`] blocks, `.await` does not. Resolves to `None` if the
/// replying side was dropped without an answer (the writer thread stopped).
pub struct Pending<T> {
    slot: Arc<Slot<T>>,
}

/// The answering side, held by the writer thread. Dropping it unanswered wakes the waiter
/// with `None`.
pub struct Reply<T> {
    slot: Option<Arc<Slot<T>>>,
}

/// A connected pair: the caller keeps the [`Pending`], the writer gets the [`Reply`].
pub fn pair<T>() -> (Reply<T>, Pending<T>) {
    let slot = Arc::new(Slot {
        state: Mutex::new(State {
            value: None,
            dropped: false,
            waker: None,
        }),
        ready: Condvar::new(),
    });
    (
        Reply {
            slot: Some(slot.clone()),
        },
        Pending { slot },
    )
}

impl<T> Pending<T> {
    /// An answer that is already known.
    pub fn ready(value: T) -> Self {
        let (reply, pending) = pair();
        reply.send(value);
        pending
    }

    /// Blocks the calling thread until the answer comes (`None` once it has been taken).
    pub fn wait(&mut self) -> Option<T> {
        let mut state = self.slot.lock();
        loop {
            if let Some(v) = state.value.take() {
                state.dropped = true; // answered once: a later wait ends at once
                return Some(v);
            }
            if state.dropped {
                return None;
            }
            state = self
                .slot
                .ready
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }
}

impl<T> Future for Pending<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = self.slot.lock();
        if let Some(v) = state.value.take() {
            state.dropped = true;
            return Poll::Ready(Some(v));
        }
        if state.dropped {
            return Poll::Ready(None);
        }
        match &mut state.waker {
            Some(w) if w.will_wake(cx.waker()) => {}
            slot => *slot = Some(cx.waker().clone()),
        }
        Poll::Pending
    }
}

impl<T> Reply<T> {
    /// Answers, waking the waiter.
    pub fn send(mut self, value: T) {
        if let Some(slot) = self.slot.take() {
            slot.finish(Some(value));
        }
    }
}

impl<T> Drop for Reply<T> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            slot.finish(None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blocked_waiter_gets_the_answer_sent_from_another_thread() {
        let (reply, mut pending) = pair();
        let sender = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(20));
            reply.send(42u32);
        });
        assert_eq!(pending.wait(), Some(42));
        assert_eq!(pending.wait(), None, "an answer is given once");
        sender.join().expect("sender thread");
    }

    #[test]
    fn a_dropped_reply_ends_the_wait_with_none() {
        let (reply, mut pending) = pair::<u32>();
        let dropper = std::thread::spawn(move || drop(reply));
        assert_eq!(pending.wait(), None);
        dropper.join().expect("dropper thread");
    }

    #[test]
    fn an_awaiting_task_is_woken_by_the_answer() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let (reply, pending) = pair();
        let sender = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(20));
            reply.send("durable");
        });
        assert_eq!(rt.block_on(pending), Some("durable"));
        sender.join().expect("sender thread");
        assert_eq!(rt.block_on(Pending::ready(7)), Some(7));
    }
}
