using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// 1x1 layers whose input exceeds the L2 cache, run a span of positions at a time for every block of output channels:
/// checked against the reference here and, through InstructionSetTests, on the other kernels; split over threads.
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
    public void Split_over_threads_equals_one_thread()
    {
        var layer = new Span1x1(ReferenceCheck.Values(Span1x1.WeightLength, 1), ReferenceCheck.Values(Span1x1.BiasLength, 2));
        foreach (var batch in new[] { 1, 3 })
        foreach (var degree in new[] { -1, 2, 3 })
        {
            var input = ReferenceCheck.Values(batch * Span1x1.InputLength, batch);
            var expected = new float[batch * Span1x1.OutputLength];
            layer.Forward(input, expected);
            var actual = new float[batch * Span1x1.OutputLength];
            layer.Forward(input, actual, degree);
            Assert.Equal(expected, actual);
        }
    }
}
