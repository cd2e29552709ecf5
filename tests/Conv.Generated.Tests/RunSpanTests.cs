using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// 1x1 layers whose input exceeds the L2 cache, and one-row layers whose view does, run a span of positions (columns)
/// at a time for every block of output channels: checked against the reference here and, through InstructionSetTests,
/// on the other kernels; split over threads.
/// </summary>
public class RunSpanTests
{
    [Fact]
    public void Spans_of_a_run_of_300_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(1024, 32, 1, 1, 15, 20), Activation.Relu, 0.01f,
            (w, b) => x => new Span1x1(w, b).Forward(x), "300 positions", 1, 2);

    [Fact]
    public void Spans_of_a_run_of_308_ending_in_a_shorter_block_and_an_8_lane_vector() =>
        ReferenceCheck.Same(new Conv2dGeometry(1024, 32, 1, 1, 14, 22, hasBias: false),
            (w, _) => x => new Span1x1Odd(w).Forward(x), "308 positions", 1, 2);

    [Fact]
    public void Spans_of_a_row_of_1500_then_its_tail_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(96, 8, 1, 3, 1, 3000, 1, 2, 0, 1), Activation.Relu, 0.01f,
            (w, b) => x => new SpanRow1500(w, b).Forward(x), "1x3 stride 2 over 3000", 1, 2);

    [Fact]
    public void Spans_of_a_row_of_1599_whose_last_block_overlaps() =>
        ReferenceCheck.Same(new Conv2dGeometry(96, 8, 1, 3, 1, 3199, 1, 2, hasBias: false),
            (w, _) => x => new SpanRow1599(w).Forward(x), "1x3 stride 2 over 3199", 1, 2);

    [Fact]
    public void Spans_of_a_row_in_blocks_of_6_channels_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(192, 12, 1, 3, 1, 3000, 1, 2, 0, 1), Activation.Relu6, 0.01f,
            (w, b) => x => new SpanRowStreamed(w, b).Forward(x), "192 channels, 1x3 stride 2 over 3000", 1, 2);

    [Fact]
    public void Spans_of_a_row_in_blocks_of_6_channels_split_over_threads_equal_one_thread()
    {
        var layer = new SpanRowStreamed(ReferenceCheck.Values(SpanRowStreamed.WeightLength, 1), ReferenceCheck.Values(SpanRowStreamed.BiasLength, 2));
        OneThreadEqualsParallel(SpanRowStreamed.InputLength, SpanRowStreamed.OutputLength, (x, y) => layer.Forward(x, y), (x, y, d) => layer.Forward(x, y, d));
    }

    [Fact]
    public void Spans_of_a_row_split_over_threads_equal_one_thread()
    {
        var layer = new SpanRow1500(ReferenceCheck.Values(SpanRow1500.WeightLength, 1), ReferenceCheck.Values(SpanRow1500.BiasLength, 2));
        OneThreadEqualsParallel(SpanRow1500.InputLength, SpanRow1500.OutputLength, (x, y) => layer.Forward(x, y), (x, y, d) => layer.Forward(x, y, d));
    }

    [Fact]
    public void Split_over_threads_equals_one_thread()
    {
        var layer = new Span1x1(ReferenceCheck.Values(Span1x1.WeightLength, 1), ReferenceCheck.Values(Span1x1.BiasLength, 2));
        OneThreadEqualsParallel(Span1x1.InputLength, Span1x1.OutputLength, (x, y) => layer.Forward(x, y), (x, y, d) => layer.Forward(x, y, d));
    }

    // Batches of 1 and 3 on every processor, 2 and 3 threads: the same outputs as one thread, to the bit.
    private static void OneThreadEqualsParallel(int inputLength, int outputLength, System.Action<float[], float[]> forward, System.Action<float[], float[], int> parallel)
    {
        foreach (var batch in new[] { 1, 3 })
        foreach (var degree in new[] { -1, 2, 3 })
        {
            var input = ReferenceCheck.Values(batch * inputLength, batch);
            var expected = new float[batch * outputLength];
            forward(input, expected);
            var actual = new float[batch * outputLength];
            parallel(input, actual, degree);
            Assert.Equal(expected, actual);
        }
    }
}
