using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Depthwise layers whose kernels hold the window's weights and load each input vector once for all the output rows of
/// a block that read it: checked against the reference, and the parallel call against the single-threaded one to the bit.
/// </summary>
public class DepthwiseTests
{
    [Fact]
    public void Dilated_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 21, 37, 1, 1, 2, 2, 2, 2, groups: 5), Activation.Relu6, 0.01f,
            (w, b) => x => new DepthwiseDilated(w, b).Forward(x), "dilated", 1, 2);

    [Fact]
    public void Stride_2_reflect() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 3, 3, 31, 50, 2, 2, 1, 1, groups: 3, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new DepthwiseStrideReflect(w, b).Forward(x), "stride 2 reflect", 1, 2);

    [Fact]
    public void Rows_strided_by_3_with_a_2x3_window() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 2, 3, 40, 24, 3, 1, 1, 1, groups: 4, hasBias: false),
            (w, _) => x => new DepthwiseRowStride3(w).Forward(x), "row stride 3", 1, 2);

    [Fact]
    public void Dilated_rows_strided_by_2_with_a_2x3_window() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 2, 3, 26, 17, 2, 1, 1, 1, 3, 1, groups: 2, paddingMode: PaddingMode.Replicate),
            (w, b) => x => new DepthwiseDilatedRowStride(w, b).Forward(x), "dilated row stride", 1, 2);

    [Fact]
    public void At_56x56_on_two_threads_as_on_one()
    {
        var g = new Conv2dGeometry(32, 32, 3, 3, 56, 56, paddingHeight: 1, paddingWidth: 1, groups: 32);
        ReferenceCheck.Same(g, (w, b) => x => new Depthwise56(w, b).Forward(x), "56x56", 1, 3);
        var layer = new Depthwise56(ReferenceCheck.Values(g.WeightLength, 1), ReferenceCheck.Values(g.BiasLength, 2));
        var input = ReferenceCheck.Values(3 * g.InputLength, 5);
        var one = layer.Forward(input);
        var two = new float[one.Length];
        layer.Forward(input, two, maxDegreeOfParallelism: 2);
        Assert.Equal(one, two);
    }
}
