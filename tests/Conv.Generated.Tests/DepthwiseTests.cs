using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Depthwise layers whose kernels hold the window's weights and load each input vector once for all the output rows of
/// a block that read it: checked against the reference (ParallelForwardTests splits them over threads).
/// </summary>
public class DepthwiseTests
{
    [Fact]
    public void One_row_of_1000_with_a_31_tap_window() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 1, 31, 1, 1000, 1, 1, 0, 15, groups: 64),
            (w, b) => x => new DepthwiseRow1000(w, b).Forward(x), "1x31 over 1000", 1, 2);

    [Fact]
    public void Lane_shifts_over_one_row_of_100_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(512, 512, 1, 31, 1, 100, 1, 1, 0, 15, groups: 512), Activation.Relu, 0.01f,
            (w, b) => x => new LaneShiftRow100(w, b).Forward(x), "lane shifts, 1x31 over 100", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_dilated_window_over_reflect_padding() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 128, 1, 9, 1, 1000, 1, 1, 0, 8, 1, 2, groups: 128, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new LaneShiftRowDilatedReflect(w, b).Forward(x), "lane shifts, dilated, reflect", 1, 2);

    [Fact]
    public void Lane_shifts_over_an_unpadded_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 128, 1, 9, 1, 1032, groups: 128, hasBias: false),
            (w, _) => x => new LaneShiftRowUnpadded(w).Forward(x), "lane shifts, unpadded", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_3x15_window_into_one_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 3, 15, 3, 1200, 1, 1, 0, 7, groups: 64),
            (w, b) => x => new LaneShiftRowTall(w, b).Forward(x), "lane shifts, 3x15 into one row", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_13x13_window_at_28x28_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 13, 13, 28, 28, 1, 1, 6, 6, groups: 32), Activation.Relu6, 0.01f,
            (w, b) => x => new LaneShift13x13At28(w, b).Forward(x), "lane shifts, 13x13 at 28x28", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_13x13_window_at_row_stride_2() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 16, 13, 13, 40, 40, 2, 1, 6, 6, groups: 16),
            (w, b) => x => new LaneShift13x13RowStride2(w, b).Forward(x), "lane shifts, 13x13 at row stride 2", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_13x5_window_dilated_in_height() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 13, 5, 32, 32, 1, 1, 12, 2, 2, 1, groups: 32),
            (w, b) => x => new LaneShift13x5Dilated(w, b).Forward(x), "lane shifts, 13x5 dilated in height", 1, 2);

    [Fact]
    public void Lane_shifts_of_a_31x31_window_over_rows_of_20() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 31, 31, 20, 20, 1, 1, 15, 15, groups: 8, hasBias: false),
            (w, _) => x => new LaneShift31x31At20(w).Forward(x), "lane shifts, 31x31 over rows of 20", 1, 2);

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
    public void At_56x56() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 3, 3, 56, 56, paddingHeight: 1, paddingWidth: 1, groups: 32),
            (w, b) => x => new Depthwise56(w, b).Forward(x), "56x56", 1, 3);

    [Fact]
    public void Rows_of_4_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 3, 3, 20, 4, paddingHeight: 1, paddingWidth: 1, groups: 6), Activation.Relu, 0.01f,
            (w, b) => x => new DepthwiseRowsOf4(w, b).Forward(x), "rows of 4", 1, 3);

    [Fact]
    public void Rows_of_5_circular_strided_dilated() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 3, 3, 15, 13, 2, 2, 1, 1, 2, 2, groups: 8, hasBias: false, paddingMode: PaddingMode.Circular),
            (w, _) => x => new DepthwiseRowsOf5Circular(w).Forward(x), "rows of 5", 1, 2);

    [Fact]
    public void Rows_of_6() =>
        ReferenceCheck.Same(new Conv2dGeometry(1024, 1024, 3, 3, 20, 6, paddingHeight: 1, paddingWidth: 1, groups: 1024),
            (w, b) => x => new DepthwiseRowsOf6(w, b).Forward(x), "rows of 6", 1, 2);

    [Fact]
    public void Rows_narrower_than_a_vector_write_nothing_past_the_output()
    {
        var layer = new DepthwiseRowsOf4(ReferenceCheck.Values(6 * 9, 1), ReferenceCheck.Values(6, 2));
        ReferenceCheck.WritesOnlyTheOutput(layer.Forward, DepthwiseRowsOf4.InputLength, DepthwiseRowsOf4.OutputLength);
    }

    [Fact]
    public void Window_7x7_at_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 7, 7, 7, 7, paddingHeight: 3, paddingWidth: 3, groups: 8),
            (w, b) => x => new Depthwise7x7At7(w, b).Forward(x), "7x7 at 7x7", 1, 3);

    [Fact]
    public void Window_7x7_rows_of_56() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 7, 7, 20, 56, paddingHeight: 3, paddingWidth: 3, groups: 6), Activation.Relu, 0.01f,
            (w, b) => x => new Depthwise7x7Rows56(w, b).Forward(x), "7x7 rows of 56", 1, 2);

    [Fact]
    public void Window_5x5_stride_2_reflect_to_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 5, 5, 14, 14, 2, 2, 2, 2, groups: 4, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new Depthwise5x5Stride2(w, b).Forward(x), "5x5 stride 2", 1, 3);

    [Fact]
    public void Window_5x5_at_28x28() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 5, 5, 28, 28, paddingHeight: 2, paddingWidth: 2, groups: 4, hasBias: false),
            (w, _) => x => new Depthwise5x5At28(w).Forward(x), "5x5 at 28x28", 1, 2);

    [Fact]
    public void Window_5x5_stride_2_into_rows_of_28_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(160, 160, 5, 5, 20, 56, 2, 2, 2, 2, groups: 160), Activation.Relu6, 0.01f,
            (w, b) => x => new Depthwise5x5Stride2Rows28(w, b).Forward(x), "5x5 stride 2 into rows of 28", 1, 2);

    [Fact]
    public void Window_7x7_stride_2_odd_padding_and_row_width() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 7, 7, 24, 61, 2, 2, 3, 3, groups: 64),
            (w, b) => x => new Depthwise7x7Stride2OddRow(w, b).Forward(x), "7x7 stride 2, rows of 61", 1, 2);

    [Fact]
    public void Window_5x5_stride_2_reflect_rows_of_88() =>
        ReferenceCheck.Same(new Conv2dGeometry(80, 80, 5, 5, 24, 88, 2, 2, 2, 2, groups: 80, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new Depthwise5x5Stride2Reflect88(w, b).Forward(x), "5x5 stride 2 reflect, rows of 88", 1, 2);

    [Fact]
    public void Window_5x5_read_directly_at_28x28() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 5, 5, 28, 28, paddingHeight: 2, paddingWidth: 2, groups: 64),
            (w, b) => x => new DirectWide5x5At28(w, b).Forward(x), "5x5 read directly at 28x28", 1, 2);

    [Fact]
    public void Window_5x5_read_directly_with_3_columns_of_padding() =>
        ReferenceCheck.Same(new Conv2dGeometry(96, 96, 5, 5, 20, 26, paddingHeight: 1, paddingWidth: 3, groups: 96),
            (w, b) => x => new DirectWide5x5WidePadding(w, b).Forward(x), "5x5 read directly, padding 1x3", 1, 2);

    [Fact]
    public void Window_7x7_read_directly_on_rows_of_26_with_relu6() =>
        ReferenceCheck.Same(new Conv2dGeometry(80, 80, 7, 7, 12, 26, paddingHeight: 3, paddingWidth: 3, groups: 80, hasBias: false), Activation.Relu6, 0.01f,
            (w, _) => x => new DirectWide7x7Rows26(w).Forward(x), "7x7 read directly on rows of 26", 1, 2);

    [Fact]
    public void Window_5x5_read_directly_on_rows_of_24() =>
        ReferenceCheck.Same(new Conv2dGeometry(96, 96, 5, 5, 24, 24, paddingHeight: 2, paddingWidth: 2, groups: 96),
            (w, b) => x => new DirectWide5x5Rows24(w, b).Forward(x), "5x5 read directly on rows of 24", 1, 2);

    [Fact]
    public void Window_3x7_read_directly_without_rows_of_padding() =>
        ReferenceCheck.Same(new Conv2dGeometry(72, 72, 3, 7, 24, 32, paddingHeight: 0, paddingWidth: 3, groups: 72),
            (w, b) => x => new DirectWide3x7(w, b).Forward(x), "3x7 read directly", 1, 2);

    [Fact]
    public void Window_7x7_on_rows_of_32() =>
        ReferenceCheck.Same(new Conv2dGeometry(80, 80, 7, 7, 9, 32, paddingHeight: 3, paddingWidth: 3, groups: 80),
            (w, b) => x => new Depthwise7x7Rows32(w, b).Forward(x), "7x7 on rows of 32", 1, 2);

    [Fact]
    public void Window_7x7_on_rows_of_56_in_16_lane_vectors() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 7, 7, 56, 56, paddingHeight: 3, paddingWidth: 3, groups: 8),
            (w, b) => x => new Depthwise7x7Rows56Wide(w, b).Forward(x), "7x7 on rows of 56", 1, 2);

    [Fact]
    public void Window_7x7_stride_2_into_rows_of_56_in_16_lane_vectors() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 7, 7, 112, 111, 2, 2, 3, 3, groups: 8),
            (w, b) => x => new Depthwise7x7Stride2Rows56(w, b).Forward(x), "7x7 stride 2 into rows of 56", 1, 2);

    [Fact]
    public void Window_5x5_on_rows_of_20_in_16_lane_vectors_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(160, 160, 5, 5, 20, 20, paddingHeight: 2, paddingWidth: 2, groups: 160, hasBias: false), Activation.Relu, 0.01f,
            (w, _) => x => new Depthwise5x5Rows20(w).Forward(x), "5x5 on rows of 20", 1, 2);

    [Fact]
    public void Window_5x5_on_rows_of_40_in_16_lane_vectors() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 5, 5, 24, 40, paddingHeight: 2, paddingWidth: 2, groups: 64),
            (w, b) => x => new Depthwise5x5Rows40(w, b).Forward(x), "5x5 on rows of 40", 1, 2);

    [Fact]
    public void Window_5x5_dilated_replicate() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 3, 5, 5, 12, 30, 1, 1, 4, 4, 2, 2, groups: 3, paddingMode: PaddingMode.Replicate),
            (w, b) => x => new Depthwise5x5Dilated(w, b).Forward(x), "5x5 dilated", 1, 2);

    [Fact]
    public void Window_11x3() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 11, 3, 16, 16, paddingHeight: 5, paddingWidth: 1, groups: 2),
            (w, b) => x => new Depthwise11x3(w, b).Forward(x), "11x3", 1, 2);

    [Fact]
    public void Window_13x13_holds_no_column() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 13, 13, 16, 16, paddingHeight: 6, paddingWidth: 6, groups: 2),
            (w, b) => x => new Depthwise13x13(w, b).Forward(x), "13x13", 1, 2);
}
