using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Layers whose view per kernel column is filled and read a chunk of input channels at a time (the accumulators resumed
/// from the outputs stored after each chunk, the activation after the last): checked against the reference
/// (ParallelForwardTests splits one over threads).
/// </summary>
public class ChunkedViewTests
{
    [Fact]
    public void Rows_of_28_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(256, 16, 3, 3, 28, 28, paddingHeight: 1, paddingWidth: 1), Activation.Relu, 0.01f,
            (w, b) => x => new ChunkedView28(w, b).Forward(x), "rows of 28", 1, 2);

    [Fact]
    public void Grouped_with_leaky_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(512, 32, 3, 3, 28, 28, paddingHeight: 1, paddingWidth: 1, groups: 2), Activation.LeakyRelu, 0.1f,
            (w, b) => x => new ChunkedViewGrouped(w, b).Forward(x), "grouped", 1);

    [Fact]
    public void Reflect_at_28x20() =>
        ReferenceCheck.Same(new Conv2dGeometry(256, 8, 3, 3, 28, 20, paddingHeight: 1, paddingWidth: 1, hasBias: false, paddingMode: PaddingMode.Reflect),
            (w, _) => x => new ChunkedViewReflect28x20(w).Forward(x), "reflect 28x20", 1, 2);

    [Fact]
    public void Two_channels_in_chunks_of_one() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 8, 2, 2, 757, 757, 2, 2, 2, 2, hasBias: false, paddingMode: PaddingMode.Reflect),
            (w, _) => x => new ChunkedViewTwoChannels(w).Forward(x), "two channels", 1, 2);

    [Fact]
    public void Stride_2_into_28x28() =>
        ReferenceCheck.Same(new Conv2dGeometry(256, 16, 3, 3, 56, 56, 2, 2, 1, 1), (w, b) => x => new ChunkedViewStrided(w, b).Forward(x), "strided", 1, 2);
}
