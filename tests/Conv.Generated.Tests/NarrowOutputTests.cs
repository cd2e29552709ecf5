using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Outputs narrower than a vector run as one flat row over the plane, and stride-1 rows that are not a multiple of a
/// vector as one run of positions over a view per kernel column (or over the input itself): checked against the reference.
/// </summary>
public class NarrowOutputTests
{
    [Fact]
    public void Stride_2_into_rows_of_7_from_rows_of_18() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 4, 3, 4, 18, 2, 2, 2, 0, dilationWidth: 2, hasBias: false),
            (w, _) => x => new NarrowStridedRows18(w).Forward(x), "rows of 18", 1, 3);

    [Fact]
    public void Stride_2_into_rows_of_6_from_rows_of_17() =>
        ReferenceCheck.Same(new Conv2dGeometry(1, 3, 2, 4, 6, 17, 1, 2, dilationWidth: 2, hasBias: false, paddingMode: PaddingMode.Reflect),
            (w, _) => x => new NarrowStridedRows17(w).Forward(x), "rows of 17", 1, 3);

    [Fact]
    public void Stride_2_downsample_into_rows_of_7() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 256, 1, 1, 14, 14, 2, 2), (w, b) => x => new NarrowStridedDownsample(w, b).Forward(x), "1x1 stride 2", 1, 2);

    [Fact]
    public void Stride_2_reflect_into_rows_of_6() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 16, 3, 3, 11, 11, 2, 2, 1, 1, hasBias: false, paddingMode: PaddingMode.Reflect),
            (w, _) => x => new NarrowStridedReflect(w).Forward(x), "reflect stride 2", 1, 2);

    [Fact]
    public void Dense_3x3_at_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 16, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1), (w, b) => x => new Narrow7x7(w, b).Forward(x), "7x7", 1, 3);

    [Fact]
    public void Stride_2_to_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 16, 3, 3, 14, 14, 2, 2, 1, 1), (w, b) => x => new NarrowStrided(w, b).Forward(x), "stride 2", 1, 3);

    [Fact]
    public void Pointwise_at_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 24, 1, 1, 7, 7, hasBias: false), (w, _) => x => new NarrowPointwise(w).Forward(x), "1x1", 1, 3);

    [Fact]
    public void Reflect_dilated_strided_to_3_columns() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 6, 3, 3, 9, 5, 2, 2, 1, 1, 2, 2, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new NarrowReflectDilated(w, b).Forward(x), "reflect", 1, 3);

    [Fact]
    public void Grouped_circular_stride_3() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 3, 2, 17, 6, 3, 3, 2, 2, groups: 3, paddingMode: PaddingMode.Circular),
            (w, b) => x => new NarrowGroupedCircular(w, b).Forward(x), "grouped circular", 1, 3);

    [Fact]
    public void Reflect_dilated_rows_of_12() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 10, 3, 3, 12, 12, 1, 1, 2, 2, 2, 2, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new RunReflectDilated(w, b).Forward(x), "reflect rows of 12", 1, 3);

    [Fact]
    public void Replicate_row_stride_2_rows_of_10() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 3, 3, 15, 10, 2, 1, 1, 1, paddingMode: PaddingMode.Replicate),
            (w, b) => x => new RunRowStrideReplicate(w, b).Forward(x), "replicate row stride", 1, 3);

    [Fact]
    public void Grouped_pointwise_at_14x14_reads_the_input_as_it_is() =>
        ReferenceCheck.Same(new Conv2dGeometry(12, 12, 1, 1, 14, 14, groups: 3),
            (w, b) => x => new RunPointwiseGrouped(w, b).Forward(x), "grouped pointwise", 1, 3);

    [Fact]
    public void Strided_pointwise_to_rows_of_28() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 16, 1, 1, 56, 56, 2, 2, 0, 0),
            (w, b) => x => new RunStride2(w, b).Forward(x), "strided pointwise", 1, 3);

    [Fact]
    public void Circular_padded_strided_pointwise_to_rows_of_15() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 8, 1, 1, 28, 27, 2, 2, 1, 1, paddingMode: PaddingMode.Circular),
            (w, b) => x => new RunStride2Circular(w, b).Forward(x), "circular strided pointwise", 1, 3);

    [Fact]
    public void Depthwise_stride_2_rows_of_28() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 28, 28, 2, 2, 1, 1, groups: 4),
            (w, b) => x => new SplitDepthwise28(w, b).Forward(x), "depthwise rows of 28", 1, 3);

    [Fact]
    public void Reflect_grouped_stride_2_rows_of_21() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 6, 3, 3, 11, 21, 2, 2, 2, 2, groups: 3, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new SplitReflect21(w, b).Forward(x), "reflect rows of 21", 1, 3);

    [Fact]
    public void Depthwise_stride_2_rows_of_9_to_5x5() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 2, 3, 3, 9, 9, 2, 2, 1, 1, groups: 2),
            (w, b) => x => new SplitDepthwise9(w, b).Forward(x), "depthwise rows of 9", 1, 3);

    [Fact]
    public void One_column_of_rows_two_wide() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 2, 1, 1, 12, 2, 1, 2, 0, 0, 2, 1, groups: 2, hasBias: false),
            (w, _) => x => new OneColumnOfTwo(w).Forward(x), "one column of two", 1, 3);

    [Fact]
    public void Depthwise_at_7x7_as_one_run() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 6, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1, groups: 6),
            (w, b) => x => new DepthwiseRun7(w, b).Forward(x), "depthwise 7x7", 1, 3);

    [Fact]
    public void Depthwise_reflect_5x6_as_one_run() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 3, 3, 5, 6, paddingHeight: 1, paddingWidth: 1, groups: 4, hasBias: false, paddingMode: PaddingMode.Reflect),
            (w, _) => x => new DepthwiseRunReflect(w).Forward(x), "depthwise reflect 5x6", 1, 3);
}
