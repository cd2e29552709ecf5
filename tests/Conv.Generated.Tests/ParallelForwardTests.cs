using System;
using System.Linq;
using System.Threading;
using Conv.Generated.Tests.Declared;
using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>Forward over Memory on several threads: the single-threaded results to the bit, the same checks, no allocation once warm.</summary>
public class ParallelForwardTests
{
    private delegate void Single(ReadOnlySpan<float> input, Span<float> output);

    private delegate void Multi(ReadOnlyMemory<float> input, Memory<float> output, int maxDegreeOfParallelism);

    private static void SameToTheBit(Single single, Multi multi, int inputLength, int outputLength, string name)
    {
        foreach (var batch in new[] { 1, 2, 3 })
        foreach (var degree in new[] { -1, 1, 2, 3, 7 })
        {
            var input = ReferenceCheck.Values(batch * inputLength, batch);
            var expected = new float[batch * outputLength];
            single(input, expected);
            var actual = new float[batch * outputLength];
            multi(input, actual, degree);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{name}: batch {batch}, maxDegreeOfParallelism {degree} differs from one thread");
        }
    }

    [Fact]
    public void Dense_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new Parallel32To64(ReferenceCheck.Values(Parallel32To64.WeightLength, 1), ReferenceCheck.Values(Parallel32To64.BiasLength, 2));
        Assert.True(ForwardParallelism.Parts(2, 64, new Conv2dGeometry(32, 64, 3, 3, 28, 28, paddingHeight: 1, paddingWidth: 1).MultiplyAdds) == 2,
            "the layer must be large enough to split");
        SameToTheBit(layer.Forward, layer.Forward, Parallel32To64.InputLength, Parallel32To64.OutputLength, "dense");
    }

    [Fact]
    public void Grouped_strided_reflect_layer_is_split_across_groups() =>
        SameToTheBit(new ParallelGrouped(ReferenceCheck.Values(ParallelGrouped.WeightLength, 3)).Forward, new ParallelGrouped(ReferenceCheck.Values(ParallelGrouped.WeightLength, 3)).Forward,
            ParallelGrouped.InputLength, ParallelGrouped.OutputLength, "grouped");

    [Fact]
    public void Depthwise_layers_are_split_and_equal_to_one_thread()
    {
        var rows = new Depthwise56(ReferenceCheck.Values(Depthwise56.WeightLength, 5), ReferenceCheck.Values(Depthwise56.BiasLength, 6));
        SameToTheBit(rows.Forward, rows.Forward, Depthwise56.InputLength, Depthwise56.OutputLength, "depthwise 56x56");
        // Rows of 6 stored a vector at a time: the lanes past a plane's last row must not reach the next part's plane.
        var narrow = new DepthwiseRowsOf6(ReferenceCheck.Values(DepthwiseRowsOf6.WeightLength, 7), ReferenceCheck.Values(DepthwiseRowsOf6.BiasLength, 8));
        SameToTheBit(narrow.Forward, narrow.Forward, DepthwiseRowsOf6.InputLength, DepthwiseRowsOf6.OutputLength, "depthwise rows of 6");
        var strided = new DeinterleavedDepthwise112(ReferenceCheck.Values(DeinterleavedDepthwise112.WeightLength, 9), ReferenceCheck.Values(DeinterleavedDepthwise112.BiasLength, 10));
        SameToTheBit(strided.Forward, strided.Forward, DeinterleavedDepthwise112.InputLength, DeinterleavedDepthwise112.OutputLength, "depthwise stride 2");
        var aligned = new Depthwise5x5Stride2Rows28(ReferenceCheck.Values(Depthwise5x5Stride2Rows28.WeightLength, 13), ReferenceCheck.Values(Depthwise5x5Stride2Rows28.BiasLength, 14));
        SameToTheBit(aligned.Forward, aligned.Forward, Depthwise5x5Stride2Rows28.InputLength, Depthwise5x5Stride2Rows28.OutputLength, "depthwise 5x5 stride 2, aligned views");
        var direct = new DirectWide5x5WidePadding(ReferenceCheck.Values(DirectWide5x5WidePadding.WeightLength, 15), ReferenceCheck.Values(DirectWide5x5WidePadding.BiasLength, 16));
        SameToTheBit(direct.Forward, direct.Forward, DirectWide5x5WidePadding.InputLength, DirectWide5x5WidePadding.OutputLength, "depthwise 5x5 read directly");
        var shortRows = new ShortRowDepthwise960(ReferenceCheck.Values(ShortRowDepthwise960.WeightLength, 11), ReferenceCheck.Values(ShortRowDepthwise960.BiasLength, 12));
        SameToTheBit(shortRows.Forward, shortRows.Forward, ShortRowDepthwise960.InputLength, ShortRowDepthwise960.OutputLength, "depthwise rows of 7");
        var laneShifts = new LaneShift13x13At28(ReferenceCheck.Values(LaneShift13x13At28.WeightLength, 17), ReferenceCheck.Values(LaneShift13x13At28.BiasLength, 18));
        SameToTheBit(laneShifts.Forward, laneShifts.Forward, LaneShift13x13At28.InputLength, LaneShift13x13At28.OutputLength, "depthwise 13x13 by lane shifts");
        var row = new DepthwiseRow1000(ReferenceCheck.Values(DepthwiseRow1000.WeightLength, 19), ReferenceCheck.Values(DepthwiseRow1000.BiasLength, 20));
        SameToTheBit(row.Forward, row.Forward, DepthwiseRow1000.InputLength, DepthwiseRow1000.OutputLength, "depthwise 1x31 by lane shifts");
    }

    [Fact]
    public void Dot_product_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new DotClassifier(ReferenceCheck.Values(DotClassifier.WeightLength, 1), ReferenceCheck.Values(DotClassifier.BiasLength, 2));
        Assert.True(ForwardParallelism.Parts(2, 12, new Conv2dGeometry(512, 96, 7, 7, 7, 7).MultiplyAdds) == 2, "the layer must be large enough to split");
        SameToTheBit(layer.Forward, layer.Forward, DotClassifier.InputLength, DotClassifier.OutputLength, "dot product");
    }

    [Fact]
    public void Chunked_view_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new ChunkedView28(ReferenceCheck.Values(ChunkedView28.WeightLength, 3), ReferenceCheck.Values(ChunkedView28.BiasLength, 4));
        SameToTheBit(layer.Forward, layer.Forward, ChunkedView28.InputLength, ChunkedView28.OutputLength, "chunked view");
    }

    [Fact]
    public void Input_chunked_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new InputChunked196(ReferenceCheck.Values(InputChunked196.WeightLength, 6), ReferenceCheck.Values(InputChunked196.BiasLength, 7));
        SameToTheBit(layer.Forward, layer.Forward, InputChunked196.InputLength, InputChunked196.OutputLength, "input chunks");
    }

    [Fact]
    public void Channel_vector_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new ChannelVectorsStrided(ReferenceCheck.Values(ChannelVectorsStrided.WeightLength, 5));
        SameToTheBit(layer.Forward, layer.Forward, ChannelVectorsStrided.InputLength, ChannelVectorsStrided.OutputLength, "channel vectors");
    }

    // Batch 1 runs the kernel over runs of positions, batches 2 and 3 the channel-vector kernel over items: both ways, the parts
    // run what one thread runs.
    [Fact]
    public void Channel_vector_items_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new ChannelVectorItemsRows44(ReferenceCheck.Values(ChannelVectorItemsRows44.WeightLength, 6), ReferenceCheck.Values(ChannelVectorItemsRows44.BiasLength, 7));
        Assert.True(ForwardParallelism.Parts(2, 2, new Conv2dGeometry(256, 64, 1, 3, 2, 44, paddingWidth: 1).MultiplyAdds) == 2,
            "one item must be large enough to split");
        SameToTheBit(layer.Forward, layer.Forward, ChannelVectorItemsRows44.InputLength, ChannelVectorItemsRows44.OutputLength, "channel vector items");
    }

    [Fact]
    public void Grouped_channel_vector_layer_is_split_and_equal_to_one_thread()
    {
        var layer = new ChannelVectorsGrouped(ReferenceCheck.Values(ChannelVectorsGrouped.WeightLength, 8), ReferenceCheck.Values(ChannelVectorsGrouped.BiasLength, 9));
        SameToTheBit(layer.Forward, layer.Forward, ChannelVectorsGrouped.InputLength, ChannelVectorsGrouped.OutputLength, "grouped channel vectors");
    }

    [Fact]
    public void Narrow_struct_layer_is_split()
    {
        var layer = new ParallelNarrow(ReferenceCheck.Values(ParallelNarrow.WeightLength, 4));
        SameToTheBit(layer.Forward, layer.Forward, ParallelNarrow.InputLength, ParallelNarrow.OutputLength, "narrow");
    }

    [Fact]
    public void Every_fixture_layer_gives_the_single_threaded_result()
    {
        foreach (var (name, declared) in FixtureRegistry.Cases)
        {
            var s = declared.Sizes;
            var g = new Conv2dGeometry(s[0], s[1], s[2], s[3], s[11], s[12], s[4], s[5], s[6], s[7], s[8], s[9], s[10], declared.HasBias, declared.PaddingMode);
            var layer = declared.Create(ReferenceCheck.Values(g.WeightLength, 5), declared.HasBias ? ReferenceCheck.Values(g.BiasLength, 6) : null);
            var input = ReferenceCheck.Values(4 * g.InputLength, 7);
            var expected = new float[4 * g.OutputLength];
            layer.Forward(input, expected);
            var actual = new float[expected.Length];
            layer.Forward(input, actual, -1);
            Assert.True(expected.AsSpan().SequenceEqual(actual), name);
        }
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_is_written()
    {
        var layer = new Parallel32To64();
        var output = Enumerable.Repeat(5f, Parallel32To64.OutputLength).ToArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => layer.Forward(new float[Parallel32To64.InputLength], output, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => layer.Forward(new float[Parallel32To64.InputLength], output, -2));
        Assert.Throws<ArgumentException>(() => layer.Forward(new float[Parallel32To64.InputLength + 1], output, 2));
        Assert.Throws<ArgumentException>(() => layer.Forward(new float[Parallel32To64.InputLength], output.AsMemory(1), 2));
        var shared = new float[Parallel32To64.InputLength + Parallel32To64.OutputLength];
        Assert.Throws<ArgumentException>(() => layer.Forward(shared.AsMemory(0, Parallel32To64.InputLength), shared.AsMemory(1, Parallel32To64.OutputLength), 2));
        Assert.All(output, v => Assert.Equal(5f, v));
    }
}

/// <summary>Tests that count allocations on every thread run with no other test beside them.</summary>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public class AllocationCounting;

[Collection(nameof(AllocationCounting))]
public class ParallelAllocationTests
{
    [Fact]
    public void Warm_parallel_calls_allocate_nothing()
    {
        // On a thread of its own: a test host's pool thread blocked in the wait makes the pool start threads.
        long allocated = 0, here = 0;
        const int calls = 200;
        var thread = new Thread(() => (allocated, here) = Measure(calls));
        thread.Start();
        thread.Join();
        Assert.Equal(0, here);
        // The layer's code allocates nothing; the thread pool's own queue may, under load, a few bytes a call
        // (measured: up to 28 when the whole test suite runs beside this test). A delegate, closure or array per call
        // would be 64 bytes or more.
        Assert.True(allocated < 64 * calls, $"{calls} warm parallel calls allocated {allocated} bytes on all threads");
    }

    // The quietest of five rounds on all threads, and the most on the calling thread.
    private static (long All, long Here) Measure(int calls)
    {
        var layer = new Parallel32To64(ReferenceCheck.Values(Parallel32To64.WeightLength, 1));
        var input = ReferenceCheck.Values(2 * Parallel32To64.InputLength, 8);
        var output = new float[2 * Parallel32To64.OutputLength];
        // The first calls allocate the calling thread's job and one scratch view per part.
        for (var i = 0; i < 500; i++) layer.Forward(input, output, -1);
        long all = long.MaxValue, here = 0;
        // The thread pool may start a thread now and then, which allocates: the quietest round is what is judged.
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var beforeHere = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++) layer.Forward(input, output, -1);
            all = Math.Min(all, GC.GetTotalAllocatedBytes(precise: true) - before);
            here = Math.Max(here, GC.GetAllocatedBytesForCurrentThread() - beforeHere);
        }

        return (all, here);
    }
}
