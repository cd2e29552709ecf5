using System;
using System.Buffers;
using System.Runtime.InteropServices;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// Floats placed against an inaccessible page (on Linux; elsewhere an ordinary array): a read or write one value past
/// the end (or, with <c>atStart</c>, before the start) faults at once, where one past an array's end would read or
/// corrupt its neighbour unseen. A fault ends the process ("Fatal error. System.AccessViolationException"), which
/// fails the test run.
/// </summary>
public sealed unsafe class GuardedBuffer : MemoryManager<float>
{
    private const int Page = 4096;
    private readonly IntPtr _mapping;
    private readonly nuint _mappingBytes;
    private readonly float* _values;
    private readonly float[]? _array;
    private readonly int _length;

    public GuardedBuffer(int length, bool atStart)
    {
        _length = length;
        if (!OperatingSystem.IsLinux())
        {
            _array = GC.AllocateArray<float>(length, pinned: true);
            return;
        }

        var dataPages = ((long)length * sizeof(float) + Page - 1) / Page;
        _mappingBytes = (nuint)((dataPages + 2) * Page);
        _mapping = mmap(IntPtr.Zero, _mappingBytes, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, IntPtr.Zero);
        if (_mapping == new IntPtr(-1)) throw new InvalidOperationException($"mmap failed: {Marshal.GetLastPInvokeError()}");
        var first = (byte*)_mapping;
        var last = first + (dataPages + 1) * Page;
        if (mprotect((IntPtr)first, Page, ProtNone) != 0 || mprotect((IntPtr)last, Page, ProtNone) != 0)
            throw new InvalidOperationException($"mprotect failed: {Marshal.GetLastPInvokeError()}");
        _values = atStart ? (float*)(first + Page) : (float*)(last - (long)length * sizeof(float));
    }

    public override Span<float> GetSpan() => _array is null ? new Span<float>(_values, _length) : _array;

    public override MemoryHandle Pin(int elementIndex = 0) =>
        new(_array is null ? _values + elementIndex : (float*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref _array[elementIndex]));

    public override void Unpin() { }

    protected override void Dispose(bool disposing)
    {
        if (_mapping != IntPtr.Zero) munmap(_mapping, _mappingBytes);
    }

    private const int ProtNone = 0, ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20;

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr mmap(IntPtr address, nuint length, int protection, int flags, int fd, IntPtr offset);

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(IntPtr address, nuint length, int protection);

    [DllImport("libc")]
    private static extern int munmap(IntPtr address, nuint length);
}
