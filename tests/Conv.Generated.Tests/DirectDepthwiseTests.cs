using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Depthwise layers at stride 1 and 2 whose AVX-512 kernel reads the input as it is (at stride 2 splitting each row's
/// columns by parity in registers): checked against the reference on this machine and, through InstructionSetTests, on
/// the other kernels.
/// </summary>
public class DirectDepthwiseTests
{
    [Fact]
    public void MobileNetV2_shape_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 3, 3, 112, 112, 2, 2, 1, 1, groups: 6), Activation.Relu6, 0.01f,
            (w, b) => x => new DeinterleavedDepthwise112(w, b).Forward(x), "112x112", 1, 2);

    [Fact]
    public void Rows_of_one_vector_over_fewer_rows_than_a_step() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 6, 32, 2, 2, 1, 1, groups: 4),
            (w, b) => x => new DeinterleavedDepthwiseOneVector(w, b).Forward(x), "one vector", 1, 3);

    [Fact]
    public void Odd_height_reads_the_bottom_padding() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 29, 40, 2, 2, 1, 1, groups: 5, hasBias: false),
            (w, _) => x => new DeinterleavedDepthwiseOddHeight(w).Forward(x), "odd height", 1, 2);

    [Fact]
    public void Unpadded_reads_a_column_past_the_vector() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 3, 3, 21, 37, 2, 2, 0, 0, groups: 3), Activation.LeakyRelu, 0.1f,
            (w, b) => x => new DeinterleavedDepthwiseUnpadded(w, b).Forward(x), "unpadded", 1, 2);

    [Fact]
    public void Window_of_one_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 1, 3, 20, 48, 2, 2, 0, 1, groups: 2),
            (w, b) => x => new DeinterleavedDepthwise1x3(w, b).Forward(x), "1x3", 1, 2);

    [Fact]
    public void Window_of_one_column() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 3, 1, 24, 34, 2, 2, 1, 0, groups: 2),
            (w, b) => x => new DeinterleavedDepthwise3x1(w, b).Forward(x), "3x1", 1, 2);

    [Fact]
    public void Rows_of_14_in_8_lane_vectors_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 28, 28, 2, 2, 1, 1, groups: 5), Activation.Relu, 0.01f,
            (w, b) => x => new DeinterleavedDepthwiseRowsOf14(w, b).Forward(x), "rows of 14", 1, 2);

    [Fact]
    public void Rows_of_8_unpadded_read_a_column_past_the_vector() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 3, 3, 11, 17, 2, 2, 0, 0, groups: 3, hasBias: false),
            (w, _) => x => new DeinterleavedDepthwiseRowsOf8(w).Forward(x), "rows of 8", 1, 2);

    [Fact]
    public void Stride_1_at_112x112_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 112, 112, paddingHeight: 1, paddingWidth: 1, groups: 4), Activation.Relu6, 0.01f,
            (w, b) => x => new DirectDepthwise112(w, b).Forward(x), "stride 1 112x112", 1, 2);

    [Fact]
    public void Stride_1_rows_of_one_vector_over_fewer_rows_than_a_step() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 5, 3, 3, 5, 16, paddingHeight: 1, paddingWidth: 1, groups: 5),
            (w, b) => x => new DirectDepthwiseRowsOf16(w, b).Forward(x), "stride 1 rows of 16", 1, 3);

    [Fact]
    public void Stride_1_window_of_one_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 1, 3, 11, 20, paddingWidth: 1, groups: 3, hasBias: false),
            (w, _) => x => new DirectDepthwise1x3(w).Forward(x), "stride 1 1x3", 1, 2);

    [Fact]
    public void Stride_1_window_of_one_column() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 3, 1, 7, 20, paddingHeight: 1, groups: 2),
            (w, b) => x => new DirectDepthwise3x1(w, b).Forward(x), "stride 1 3x1", 1, 2);

    [Fact]
    public void Stride_1_unpadded_2x2_reads_the_column_after_the_vector() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 2, 2, 10, 17, groups: 3), Activation.LeakyRelu, 0.1f,
            (w, b) => x => new DirectDepthwise2x2(w, b).Forward(x), "stride 1 2x2", 1, 2);

    [Fact]
    public void Writes_nothing_past_the_output()
    {
        var layer = new DeinterleavedDepthwiseOddHeight(ReferenceCheck.Values(DeinterleavedDepthwiseOddHeight.WeightLength, 1));
        ReferenceCheck.WritesOnlyTheOutput(layer.Forward, DeinterleavedDepthwiseOddHeight.InputLength, DeinterleavedDepthwiseOddHeight.OutputLength);
    }
}
