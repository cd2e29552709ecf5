using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Layers at stride 4, whose view holds each padded row split into 4 column phases (ConvNeXt's stem, AlexNet's first
/// layer), and windows that tile their input (a 16x16 patch embedding at stride 16, a 2x2 window at stride 2), whose
/// taps each read a phase of their own: checked against the reference here and, through InstructionSetTests, where
/// Vector256 is not accelerated (one value at a time).
/// </summary>
public class PhaseSplitTests
{
    [Fact]
    public void Rows_of_100_split_32_columns_at_a_time() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 8, 4, 4, 24, 100, 4, 4), Activation.Relu, 0.01f,
            (w, b) => x => new PhaseSplit4(w, b).Forward(x), "stride 4, rows of 100", 1, 2);

    [Fact]
    public void Padded_rows_of_71_with_an_11x11_window() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 16, 11, 11, 40, 71, 4, 4, 2, 2),
            (w, b) => x => new PhaseSplit4Padded(w, b).Forward(x), "stride 4, rows of 71", 1, 2);

    [Fact]
    public void Rows_under_32_columns() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 8, 4, 4, 12, 30, 4, 4, 1, 1, hasBias: false),
            (w, _) => x => new PhaseSplit4Short(w).Forward(x), "stride 4, rows of 30", 1, 2);

    [Fact]
    public void A_16x16_patch_embedding_at_stride_16() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 80, 16, 16, 64, 112, 16, 16),
            (w, b) => x => new PatchEmbedding16(w, b).Forward(x), "16x16 patches", 1, 2);

    [Fact]
    public void A_2x2_window_at_stride_2() =>
        ReferenceCheck.Same(new Conv2dGeometry(24, 48, 2, 2, 28, 28, 2, 2),
            (w, b) => x => new PatchMerge2(w, b).Forward(x), "2x2 at stride 2", 1, 2);
}
