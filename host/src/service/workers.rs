//! A fixed set of threads that run short sandboxed calls for async callers.
//!
//! tokio's blocking pool wakes an idle thread for every job; with hundreds of calls in flight
//! on two cores that is a context switch per call, and it cost the server a third of its
//! durable no-op throughput (`bench --only durable`). These threads instead take the next
//! queued job as soon as they finish one, and a new job wakes a thread only when one is idle.
//! A job that blocks holds its thread, so only calls whose gas limit keeps them short belong
//! here; long ones stay on the blocking pool.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

type Job = Box<dyn FnOnce() + Send>;

/// The threads and their queue. Dropping it lets the threads finish the queued jobs and exit;
/// [`Workers::close_and_join`] also waits for that.
pub struct Workers {
    shared: Arc<Shared>,
    threads: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

struct Shared {
    queue: Mutex<Queue>,
    ready: Condvar,
}

struct Queue {
    jobs: VecDeque<Job>,
    /// Threads waiting for a job.
    idle: usize,
    closed: bool,
}

/// Why the workers could not start, or a job gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The job panicked; the message is the panic's.
    #[error("the call panicked: {0}")]
    Panicked(String),
    /// No thread could be started for the pool.
    #[error("cannot start a worker thread: {0}")]
    Spawn(#[from] std::io::Error),
    /// The workers are shutting down and take no new jobs.
    #[error("the server is shutting down; retry the request")]
    Closed,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // Jobs run outside the lock, so a panic can never leave the queue half-changed.
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Workers {
    /// How many call workers a server starts: two per core (at least four), so a worker
    /// waiting for DuckDB or a sandbox slot leaves its core to another.
    pub fn default_threads() -> usize {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        (cores * 2).max(4)
    }

    /// Starts `threads` (at least one) threads named `name`.
    pub fn new(threads: usize, name: &str) -> Result<Self, WorkerError> {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue {
                jobs: VecDeque::new(),
                idle: 0,
                closed: false,
            }),
            ready: Condvar::new(),
        });
        // Built first, so that if a thread cannot be started, dropping it stops the others.
        let workers = Workers {
            shared,
            threads: Mutex::new(Vec::new()),
        };
        for i in 0..threads.max(1) {
            let shared = workers.shared.clone();
            let handle = std::thread::Builder::new()
                .name(format!("{name}-{i}"))
                .spawn(move || work(&shared))?;
            workers
                .threads
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(handle);
        }
        Ok(workers)
    }

    /// Takes no new jobs, lets the threads run every job already queued, then waits for them
    /// to exit. A server calls it at shutdown, so that a call whose client went away still has
    /// its ledger row queued before the ledger is flushed. Later jobs get [`WorkerError::Closed`].
    pub fn close_and_join(&self) {
        self.close();
        let threads = std::mem::take(&mut *self.threads.lock().unwrap_or_else(|e| e.into_inner()));
        for thread in threads {
            let _ = thread.join();
        }
    }

    fn close(&self) {
        self.shared.lock().closed = true;
        self.shared.ready.notify_all();
    }

    /// Runs `f` on one of the threads and answers with its result once it has run.
    pub async fn run<T, F>(&self, f: F) -> Result<T, WorkerError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        // As on tokio's blocking pool, the job runs inside the caller's runtime, so it can
        // spawn tasks (an invocation hands its settling to one).
        let runtime = tokio::runtime::Handle::try_current().ok();
        let job: Job = Box::new(move || {
            let _entered = runtime.as_ref().map(|r| r.enter());
            // Nobody may be waiting any more (a dropped future): the result is dropped then.
            let _ = tx.send(catch_unwind(AssertUnwindSafe(f)));
        });
        let wake = {
            let mut queue = self.shared.lock();
            if queue.closed {
                return Err(WorkerError::Closed);
            }
            queue.jobs.push_back(job);
            queue.idle > 0
        };
        if wake {
            self.shared.ready.notify_one();
        }
        match rx.await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(panic)) => Err(WorkerError::Panicked(panic_message(&*panic))),
            // The job was dropped without running: only a panic in the job's own closure
            // machinery gets here, since the threads drain the queue before they exit.
            Err(_) => Err(WorkerError::Panicked("the job was dropped".into())),
        }
    }
}

impl Drop for Workers {
    fn drop(&mut self) {
        // Not joined here: the last owner may be one of the threads.
        self.close();
    }
}

fn work(shared: &Shared) {
    let mut queue = shared.lock();
    loop {
        if let Some(job) = queue.jobs.pop_front() {
            drop(queue);
            // The job catches its own closure's panics; this catches one in what it does after
            // (dropping a result nobody waits for), so that the thread is never lost.
            let _ = catch_unwind(AssertUnwindSafe(job));
            queue = shared.lock();
        } else if queue.closed {
            return;
        } else {
            queue.idle += 1;
            queue = shared.ready.wait(queue).unwrap_or_else(|e| e.into_inner());
            queue.idle -= 1;
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::Poll;
    use std::time::Duration;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a tokio runtime")
    }

    #[test]
    fn many_more_jobs_than_threads_all_answer_with_their_own_result() {
        let workers = Arc::new(Workers::new(2, "test-call").expect("threads"));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .expect("a tokio runtime");
        let results = runtime.block_on(async {
            // All in flight at once, pushed from two runtime threads, so that pushes race
            // the workers going idle.
            let tasks: Vec<_> = (0..2000u64)
                .map(|i| {
                    let workers = workers.clone();
                    tokio::spawn(async move { workers.run(move || i * i).await })
                })
                .collect();
            let mut out = Vec::new();
            for task in tasks {
                out.push(task.await.expect("task").expect("answered"));
            }
            out
        });
        assert_eq!(results, (0..2000u64).map(|i| i * i).collect::<Vec<_>>());
    }

    #[test]
    fn close_and_join_runs_the_queued_jobs_and_refuses_later_ones() {
        let workers = Workers::new(1, "test-call").expect("threads");
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let (ran_tx, ran) = std::sync::mpsc::channel::<u32>();
        runtime().block_on(async {
            let mut held = Box::pin(workers.run(move || wait.recv().is_ok()));
            let queued: Vec<_> = (0..3u32)
                .map(|i| {
                    let ran_tx = ran_tx.clone();
                    Box::pin(workers.run(move || ran_tx.send(i).is_ok()))
                })
                .collect();
            std::future::poll_fn(|cx| {
                assert!(held.as_mut().poll(cx).is_pending());
                Poll::Ready(())
            })
            .await;
            let mut queued = queued;
            std::future::poll_fn(|cx| {
                for q in queued.iter_mut() {
                    assert!(q.as_mut().poll(cx).is_pending());
                }
                Poll::Ready(())
            })
            .await;
            release.send(()).expect("the worker is waiting");
            drop(ran_tx);
            // Returns only after the held job and the three queued behind it have run.
            workers.close_and_join();
            assert_eq!(ran.try_iter().collect::<Vec<_>>(), [0, 1, 2]);
            assert!(matches!(workers.run(|| 1).await, Err(WorkerError::Closed)));
        });
    }

    #[test]
    fn a_job_can_spawn_tasks_on_the_callers_runtime() {
        let workers = Workers::new(1, "test-call").expect("threads");
        let answer = runtime().block_on(async {
            let task = workers
                .run(|| tokio::spawn(async { 41 + 1 }))
                .await
                .expect("answered");
            task.await.expect("the spawned task ran")
        });
        assert_eq!(answer, 42);
    }

    #[test]
    fn a_panicking_job_is_an_error_and_the_threads_keep_serving() {
        let workers = Workers::new(1, "test-call").expect("threads");
        runtime().block_on(async {
            let err = workers
                .run(|| -> u32 { panic!("plugin host bug") })
                .await
                .expect_err("a panic is an error");
            assert!(
                matches!(&err, WorkerError::Panicked(m) if m.contains("plugin host bug")),
                "{err}"
            );
            assert_eq!(workers.run(|| 7).await.expect("still serving"), 7);
        });
    }

    #[test]
    fn a_job_whose_caller_went_away_still_runs() {
        let workers = Workers::new(1, "test-call").expect("threads");
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let (ran_tx, ran) = std::sync::mpsc::channel::<&str>();
        runtime().block_on(async {
            // Hold the only thread so that the next job waits in the queue, then drop the
            // future of that job after one poll (which queued it).
            let mut held = Box::pin(workers.run(move || wait.recv().is_ok()));
            let mut dropped = Box::pin(workers.run(move || ran_tx.send("ran").is_ok()));
            std::future::poll_fn(|cx| {
                assert!(held.as_mut().poll(cx).is_pending());
                assert!(dropped.as_mut().poll(cx).is_pending());
                Poll::Ready(())
            })
            .await;
            drop(dropped);
            release.send(()).expect("the worker is waiting");
            assert!(held.await.expect("answered"));
        });
        drop(workers);
        assert_eq!(
            ran.recv_timeout(Duration::from_secs(30)),
            Ok("ran"),
            "the abandoned job never ran"
        );
    }
}
