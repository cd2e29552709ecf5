using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Depthwise layers whose output rows fit one 8-lane vector: their AVX-512 kernel reads the input as it is and picks
/// each tap's columns by a permute. Checked against the reference on this machine and, through InstructionSetTests, on
/// the other kernels.
/// </summary>
public class ShortRowDepthwiseTests
{
    [Fact]
    public void MobileNetV2_7x7_shape_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1, groups: 6), Activation.Relu6, 0.01f,
            (w, b) => x => new ShortRowDepthwise7(w, b).Forward(x), "7x7", 1, 3);

    [Fact]
    public void Stride_2_from_rows_of_14() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 14, 14, 2, 2, 1, 1, groups: 5),
            (w, b) => x => new ShortRowDepthwiseStride2(w, b).Forward(x), "stride 2", 1, 2);

    [Fact]
    public void Window_5x5_with_leaky_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 5, 5, 7, 7, paddingHeight: 2, paddingWidth: 2, groups: 4), Activation.LeakyRelu, 0.1f,
            (w, b) => x => new ShortRowDepthwise5x5(w, b).Forward(x), "5x5", 1, 2);

    [Fact]
    public void Window_5x5_at_stride_2() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 5, 5, 14, 14, 2, 2, 2, 2, groups: 3, hasBias: false),
            (w, _) => x => new ShortRowDepthwise5x5Stride2(w).Forward(x), "5x5 stride 2", 1, 2);

    [Fact]
    public void Window_7x7_over_the_whole_plane() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 7, 7, 7, 7, paddingHeight: 3, paddingWidth: 3, groups: 3, hasBias: false),
            (w, _) => x => new ShortRowDepthwise7x7(w).Forward(x), "7x7 window", 1, 2);

    [Fact]
    public void Rows_of_8_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 8, 8, paddingHeight: 1, paddingWidth: 1, groups: 4), Activation.Relu, 0.01f,
            (w, b) => x => new ShortRowDepthwiseRowsOf8(w, b).Forward(x), "rows of 8", 1, 2);

    [Fact]
    public void Rows_of_4() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 5, 4, paddingHeight: 1, paddingWidth: 1, groups: 5),
            (w, b) => x => new ShortRowDepthwiseRowsOf4(w, b).Forward(x), "rows of 4", 1, 3);

    [Fact]
    public void Dilated() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 3, 3, 7, 7, paddingHeight: 2, paddingWidth: 2, dilationHeight: 2, dilationWidth: 2, groups: 3),
            (w, b) => x => new ShortRowDepthwiseDilated(w, b).Forward(x), "dilated", 1, 2);

    [Fact]
    public void Stride_3() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 3, 3, 12, 16, 3, 3, 1, 1, groups: 3),
            (w, b) => x => new ShortRowDepthwiseStride3(w, b).Forward(x), "stride 3", 1, 2);

    [Fact]
    public void Unpadded_rows_of_9() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 9, 9, groups: 4),
            (w, b) => x => new ShortRowDepthwiseUnpadded(w, b).Forward(x), "unpadded", 1, 2);

    [Fact]
    public void Writes_nothing_past_the_output()
    {
        var layer = new ShortRowDepthwise7(ReferenceCheck.Values(ShortRowDepthwise7.WeightLength, 1), ReferenceCheck.Values(ShortRowDepthwise7.BiasLength, 2));
        ReferenceCheck.WritesOnlyTheOutput(layer.Forward, ShortRowDepthwise7.InputLength, ShortRowDepthwise7.OutputLength);
        var rows = new ShortRowDepthwiseRowsOf4(ReferenceCheck.Values(ShortRowDepthwiseRowsOf4.WeightLength, 1));
        ReferenceCheck.WritesOnlyTheOutput(rows.Forward, ShortRowDepthwiseRowsOf4.InputLength, ShortRowDepthwiseRowsOf4.OutputLength);
    }
}
