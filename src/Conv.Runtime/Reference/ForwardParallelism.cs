using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Conv;

/// <summary>Work split into parts that run on different threads: part <c>part</c> of <c>parts</c>.</summary>
public interface IPartitionedWork
{
    /// <summary>Does part <paramref name="part"/> (0-based) of <paramref name="parts"/>.</summary>
    void Execute(int part, int parts);
}

/// <summary>
/// Runs the parts of one multi-threaded <c>Forward</c> call: part 0 on the calling thread, the others on the thread
/// pool, and returns when all are done. Its bookkeeping is kept per calling thread and reused, so that a call
/// allocates nothing once the threads involved have run the layer before. Public because generated layer code
/// calls it.
/// </summary>
public static class ForwardParallelism
{
    /// <summary>
    /// Multiply-adds below which one more thread costs more than it saves (queueing and waking a pool thread is a
    /// few microseconds; this is about 25 µs of work on one core).
    /// </summary>
    public const long MinMultiplyAddsPerPart = 1 << 20;

    /// <summary>
    /// How many parts a call runs in: at most <paramref name="maxDegreeOfParallelism"/> (-1: the processor count, as in
    /// <see cref="System.Threading.Tasks.ParallelOptions"/>), <paramref name="units"/>, and one per
    /// <see cref="MinMultiplyAddsPerPart"/> of work.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static int Parts(int maxDegreeOfParallelism, long units, long multiplyAdds)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                "maxDegreeOfParallelism must be -1 (all processors) or positive");
        long parts = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        parts = Math.Min(parts, units);
        parts = Math.Min(parts, Math.Max(1, multiplyAdds / MinMultiplyAddsPerPart));
        return (int)Math.Max(1, parts);
    }

    /// <summary>Runs every part of <paramref name="work"/> and returns when all are done; an exception in any part is rethrown here.</summary>
    public static void Run(IPartitionedWork work, int parts)
    {
        if (work is null) throw new ArgumentNullException(nameof(work));
        if (parts < 1) throw new ArgumentOutOfRangeException(nameof(parts), parts, "parts must be positive");
        if (parts == 1)
        {
            work.Execute(0, 1);
            return;
        }

        var coordinator = t_coordinator ??= new Coordinator();
        coordinator.Run(work, parts);
    }

    [ThreadStatic]
    private static Coordinator? t_coordinator;

    private sealed class Coordinator
    {
        private readonly CountdownEvent _done = new(0);
        private Worker[] _workers = Array.Empty<Worker>();
        private IPartitionedWork? _work;
        private int _parts;
        private ExceptionDispatchInfo? _failure;

        public void Run(IPartitionedWork work, int parts)
        {
            if (_workers.Length < parts)
            {
                var workers = new Worker[parts];
                for (var i = 0; i < parts; i++) workers[i] = i < _workers.Length ? _workers[i] : new Worker(this, i);
                _workers = workers;
            }

            _work = work;
            _parts = parts;
            _failure = null;
            _done.Reset(parts - 1);
            try
            {
                for (var i = 1; i < parts; i++) _workers[i].Queue();
                Execute(0);
            }
            finally
            {
                _done.Wait();
                _work = null;
            }

            _failure?.Throw();
        }

        private void Execute(int part)
        {
            try
            {
                _work!.Execute(part, _parts);
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(error), null);
                if (part == 0) throw;
            }
        }

        private void Signal() => _done.Signal();

#if NET
        private sealed class Worker(Coordinator owner, int part) : IThreadPoolWorkItem
        {
            public void Queue() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

            public void Execute()
            {
                try
                {
                    owner.Execute(part);
                }
                finally
                {
                    owner.Signal();
                }
            }
        }
#else
        private sealed class Worker
        {
            private static readonly WaitCallback Callback = state => ((Worker)state!).Execute();
            private readonly Coordinator _owner;
            private readonly int _part;

            public Worker(Coordinator owner, int part)
            {
                _owner = owner;
                _part = part;
            }

            public void Queue() => ThreadPool.UnsafeQueueUserWorkItem(Callback, this);

            private void Execute()
            {
                try
                {
                    _owner.Execute(_part);
                }
                finally
                {
                    _owner.Signal();
                }
            }
        }
#endif
    }
}
