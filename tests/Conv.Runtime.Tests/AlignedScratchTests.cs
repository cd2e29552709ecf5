using System;
using System.Runtime.CompilerServices;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>
/// The scratch placement generated kernels rely on: the asked element on a 64-byte boundary, and the same placement
/// at every call, so that what a kernel left in the buffer (a view's zero border) is where it left it.
/// </summary>
public class AlignedScratchTests
{
    // Bytes from the start of the line the element lies in; read with the array pinned, since the test compares it.
    private static unsafe long LineOffset(ref float element)
    {
        fixed (float* p = &element) return (long)p % 64;
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(3840, 1)]
    [InlineData(2880, 15)]
    [InlineData(100, 16)]
    [InlineData(100, 99)]
    public void The_asked_element_starts_a_cache_line(int length, int alignedIndex)
    {
        float[]? array = null;
        ref var start = ref AlignedScratch.Get(ref array, length, alignedIndex);
        Assert.NotNull(array);
        Assert.True(array!.Length >= length + AlignedScratch.AlignmentInFloats - 1);
        Assert.Equal(0, LineOffset(ref Unsafe.Add(ref start, alignedIndex)));
        // The whole buffer lies inside the array.
        var offset = (int)(Unsafe.ByteOffset(ref array[0], ref start) / sizeof(float));
        Assert.InRange(offset, 0, array.Length - length);
    }

    [Fact]
    public void Later_calls_reuse_the_array_at_the_same_place_and_keep_its_contents()
    {
        float[]? array = null;
        ref var first = ref AlignedScratch.Get(ref array, 3840, 1);
        var allocated = array;
        Unsafe.Add(ref first, 3839) = 42f;
        // Allocations and collections between calls: a movable array would be somewhere else by now.
        for (var i = 0; i < 20; i++) _ = new byte[100_000];
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        ref var again = ref AlignedScratch.Get(ref array, 3840, 1);
        Assert.Same(allocated, array);
        Assert.True(Unsafe.AreSame(ref first, ref again));
        Assert.Equal(42f, Unsafe.Add(ref again, 3839));
        Assert.Equal(0, LineOffset(ref Unsafe.Add(ref again, 1)));
    }

    [Fact]
    public void A_new_array_is_zeroed_and_a_too_short_one_replaced()
    {
        var shortArray = new float[10];
        float[]? array = shortArray;
        ref var start = ref AlignedScratch.Get(ref array, 64, 0);
        Assert.NotSame(shortArray, array);
        for (var i = 0; i < 64; i++) Assert.Equal(0f, Unsafe.Add(ref start, i));
    }

    [Theory]
    [InlineData(-1, 0, "length")]
    [InlineData(int.MaxValue, 0, "length")]
    [InlineData(Conv2dGeometry.MaxLength, 0, "length")]
    [InlineData(10, -1, "alignedIndex")]
    public void Impossible_requests_are_refused(int length, int alignedIndex, string parameter)
    {
        float[]? array = null;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AlignedScratch.Get(ref array, length, alignedIndex));
        Assert.Equal(parameter, error.ParamName);
        Assert.Null(array);
    }
}
