using Conv;

// Declarations beyond the fixtures: no namespace, a struct, nested partial types, a composite of a composite.
[Conv2d(2, 3, 3, Padding = 1, InputHeight = 5, InputWidth = 6)]
public partial class GlobalLayer;

namespace Conv.Generated.Tests.Shapes
{
    [Conv2d(3, 4, 3, Stride = 2, Padding = 1, Groups = 1, InputHeight = 9, InputWidth = 9)]
    public partial struct StructLayer;

    public static partial class Outer
    {
        public partial class Inner
        {
            [Conv2d(2, 2, 1, InputHeight = 4, InputWidth = 4, Bias = false)]
            public partial class NestedLayer;
        }
    }

    // One multiply-add per output, over rows of two Vector128s (MultiplyAddRounding).
    [Conv2d(1, 4, 1, InputHeight = 2, InputWidth = 8)]
    public partial class OneTap;

    [Conv2d(2, 4, 3, InputHeight = 12, InputWidth = 12)]
    public partial class Step1;

    [Conv2d(4, 4, 3, InputHeight = 10, InputWidth = 10)]
    public partial class Step2;

    [Conv2d(4, 3, 1, InputHeight = 8, InputWidth = 8)]
    public partial class Step3;

    [Composite(typeof(Step1), typeof(Step2))]
    public partial class Steps12;

    [Composite(typeof(Steps12), typeof(Step3))]
    public partial class Steps123;
}

namespace Conv.Generated.Tests.Shapes
{
    // Windows beyond 7x7 loop over kernel rows, and over columns beyond 15: checked against the reference.
    [Conv2d(2, 3, 9, Padding = 4, InputHeight = 20, InputWidth = 21)]
    public partial class Window9x9;

    [Conv2d(2, 4, 17, KernelWidth = 19, Stride = 2, Dilation = 2, Padding = 3, PaddingMode = PaddingMode.Reflect, InputHeight = 40, InputWidth = 45)]
    public partial class Window17x19Strided;

    [Conv2d(1, 2, 31, Padding = 15, InputHeight = 31, InputWidth = 33, Bias = false)]
    public partial class Window31x31;

    [Conv2d(1, 2, 3, Padding = 1, InputHeight = 16, InputWidth = 16)] public partial class Deep1;
    [Conv2d(2, 2, 3, Padding = 1, InputHeight = 16, InputWidth = 16)] public partial class Deep2;

    // Ten 3x3 layers: a 21x21 composite window.
    [Composite(typeof(Deep1), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2), typeof(Deep2))]
    public partial class DeepComposite;
}

namespace Conv.Generated.Tests.Shapes
{
    // Outputs narrower than a vector: the whole plane is one flat vectorised row.
    [Conv2d(16, 16, 3, Padding = 1, InputHeight = 7, InputWidth = 7)]
    public partial class Narrow7x7;

    [Conv2d(8, 16, 3, Stride = 2, Padding = 1, InputHeight = 14, InputWidth = 14)]
    public partial class NarrowStrided;

    // Stride 2 into rows of 4-7 columns: each kernel column's run copied into the view from the row's first and last 8
    // values (a 1x1 downsample from 14x14, reflect padding from rows of 11).
    [Conv2d(128, 256, 1, Stride = 2, InputHeight = 14, InputWidth = 14)]
    public partial class NarrowStridedDownsample;

    [Conv2d(8, 16, 3, Stride = 2, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 11, InputWidth = 11, Bias = false)]
    public partial class NarrowStridedReflect;

    // Rows of 17 and 18 columns whose runs read column 8, which lies in neither the row's first nor its last 8 values
    // (found by the misuse fuzz test): they keep the copy one value at a time.
    [Conv2d(2, 2, 1, KernelHeight = 4, KernelWidth = 3, StrideHeight = 2, StrideWidth = 2, PaddingHeight = 2, DilationWidth = 2, InputHeight = 4, InputWidth = 18, Bias = false)]
    public partial class NarrowStridedRows18;

    [Conv2d(1, 3, 1, KernelHeight = 2, KernelWidth = 4, StrideWidth = 2, DilationWidth = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 6, InputWidth = 17, Bias = false)]
    public partial class NarrowStridedRows17;

    [Conv2d(16, 24, 1, InputHeight = 7, InputWidth = 7, Bias = false)]
    public partial class NarrowPointwise;

    [Conv2d(4, 6, 3, Stride = 2, Padding = 1, Dilation = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 9, InputWidth = 5)]
    public partial class NarrowReflectDilated;

    [Conv2d(6, 6, 3, Stride = 3, KernelWidth = 2, Padding = 2, Groups = 3, PaddingMode = PaddingMode.Circular, InputHeight = 17, InputWidth = 6)]
    public partial class NarrowGroupedCircular;

    // Rows that are not a multiple of a vector, laid out per kernel column: the plane is one run of positions.
    [Conv2d(6, 10, 3, Padding = 2, Dilation = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 12, InputWidth = 12)]
    public partial class RunReflectDilated;

    [Conv2d(8, 8, 3, StrideHeight = 2, StrideWidth = 1, Padding = 1, PaddingMode = PaddingMode.Replicate, InputHeight = 15, InputWidth = 10)]
    public partial class RunRowStrideReplicate;

    [Conv2d(12, 12, 1, Groups = 3, InputHeight = 14, InputWidth = 14)]
    public partial class RunPointwiseGrouped;

    [Conv2d(8, 16, 1, Stride = 2, InputHeight = 56, InputWidth = 56)]
    public partial class RunStride2;

    [Conv2d(6, 8, 1, Stride = 2, Padding = 1, PaddingMode = PaddingMode.Circular, InputHeight = 28, InputWidth = 27)]
    public partial class RunStride2Circular;

    // Stride-2 columns split into phases eight at a time, the last eight overlapping: rows of 28, 21 and 9 columns.
    [Conv2d(4, 4, 3, Stride = 2, Padding = 1, Groups = 4, InputHeight = 28, InputWidth = 28)]
    public partial class SplitDepthwise28;

    [Conv2d(3, 6, 3, Stride = 2, Padding = 2, Groups = 3, PaddingMode = PaddingMode.Reflect, InputHeight = 11, InputWidth = 21)]
    public partial class SplitReflect21;

    [Conv2d(2, 2, 3, Stride = 2, Padding = 1, Groups = 2, InputHeight = 9, InputWidth = 9)]
    public partial class SplitDepthwise9;

    // One output column of rows two wide (stride 2): each output reads every other input value, not the input as it is
    // (found by the random layer test: the run of positions had been read as the input plane).
    [Conv2d(4, 2, 1, StrideHeight = 1, StrideWidth = 2, DilationHeight = 2, Groups = 2, InputHeight = 12, InputWidth = 2, Bias = false)]
    public partial class OneColumnOfTwo;

    // Depthwise at 7x7 and 5x6: a view per kernel column rather than a flat row copied back.
    [Conv2d(6, 6, 3, Padding = 1, Groups = 6, InputHeight = 7, InputWidth = 7)]
    public partial class DepthwiseRun7;

    [Conv2d(4, 4, 3, Padding = 1, Groups = 4, PaddingMode = PaddingMode.Reflect, InputHeight = 5, InputWidth = 6, Bias = false)]
    public partial class DepthwiseRunReflect;

    // A 1.2 MB input read as it is and a 1.19 MB padded view: bands from 1 MB on.
    [Conv2d(96, 16, 1, InputHeight = 56, InputWidth = 56, Activation = Activation.Relu)]
    public partial class Banded1x1;

    [Conv2d(20, 16, 3, Padding = 1, InputHeight = 120, InputWidth = 120)]
    public partial class Banded120;

    // A 5.2 MB padded view: bands, and a parallel call pads one view with all its parts.
    [Conv2d(32, 8, 3, Padding = 1, InputHeight = 200, InputWidth = 200)]
    public partial class SharedView200;

    // A 4.2 MB view of 4 channels at stride 2, reflect-padded: each kernel pads it band by band (KernelPlan.PadsByBand),
    // the border rows mapped into the input as the bands reach them.
    [Conv2d(4, 8, 3, Stride = 2, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 512, InputWidth = 512)]
    public partial class BandPadded512;

    // A 13 MB padded view: the kernel works through the output in bands of rows.
    [Conv2d(64, 8, 3, Padding = 1, InputHeight = 224, InputWidth = 224)]
    public partial class Banded224;
}

namespace Conv.Generated.Tests.Shapes
{
    // Large enough to be split over threads.
    [Conv2d(32, 64, 3, Padding = 1, InputHeight = 28, InputWidth = 28)]
    public partial class Parallel32To64;

    [Conv2d(48, 48, 3, Stride = 2, Padding = 1, Groups = 3, PaddingMode = PaddingMode.Reflect, InputHeight = 30, InputWidth = 30)]
    public partial class ParallelGrouped;

    [Conv2d(256, 256, 3, Padding = 1, InputHeight = 7, InputWidth = 7, Bias = false)]
    public partial struct ParallelNarrow;
}

namespace Conv.Generated.Tests.Shapes
{
    // Depthwise kernels that load each input vector once for every output row of a block that reads it: row blocks
    // that overlap at the bottom, a tail vector, dilated rows, rows strided by 2 and by 3 (input rows no output row reads),
    // and 2x3 windows.
    [Conv2d(5, 5, 3, Padding = 2, Dilation = 2, Groups = 5, InputHeight = 21, InputWidth = 37, Activation = Activation.Relu6)]
    public partial class DepthwiseDilated;

    [Conv2d(3, 3, 3, Stride = 2, Padding = 1, Groups = 3, PaddingMode = PaddingMode.Reflect, InputHeight = 31, InputWidth = 50)]
    public partial class DepthwiseStrideReflect;

    [Conv2d(4, 4, 2, KernelWidth = 3, StrideHeight = 3, StrideWidth = 1, Padding = 1, Groups = 4, InputHeight = 40, InputWidth = 24, Bias = false)]
    public partial class DepthwiseRowStride3;

    [Conv2d(2, 2, 2, KernelWidth = 3, StrideHeight = 2, StrideWidth = 1, DilationHeight = 3, Padding = 1, Groups = 2, PaddingMode = PaddingMode.Replicate, InputHeight = 26, InputWidth = 17)]
    public partial class DepthwiseDilatedRowStride;

    [Conv2d(32, 32, 3, Padding = 1, Groups = 32, InputHeight = 56, InputWidth = 56)]
    public partial class Depthwise56;

    // Stride 2 read straight from the input on AVX-512 (columns split by parity in registers): MobileNetV2's shape with
    // fewer channels, rows of exactly one vector over fewer output rows than a step, odd heights whose last row reads
    // the bottom padding, no padding (a tap one lane past the even columns), and windows of one row or one column.
    [Conv2d(6, 6, 3, Stride = 2, Padding = 1, Groups = 6, InputHeight = 112, InputWidth = 112, Activation = Activation.Relu6)]
    public partial class DeinterleavedDepthwise112;

    [Conv2d(4, 4, 3, Stride = 2, Padding = 1, Groups = 4, InputHeight = 6, InputWidth = 32)]
    public partial class DeinterleavedDepthwiseOneVector;

    [Conv2d(5, 5, 3, Stride = 2, Padding = 1, Groups = 5, InputHeight = 29, InputWidth = 40, Bias = false)]
    public partial class DeinterleavedDepthwiseOddHeight;

    [Conv2d(3, 3, 3, Stride = 2, Groups = 3, InputHeight = 21, InputWidth = 37, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class DeinterleavedDepthwiseUnpadded;

    [Conv2d(2, 2, 1, KernelWidth = 3, Stride = 2, PaddingHeight = 0, PaddingWidth = 1, Groups = 2, InputHeight = 20, InputWidth = 48)]
    public partial class DeinterleavedDepthwise1x3;

    [Conv2d(2, 2, 3, KernelWidth = 1, Stride = 2, PaddingHeight = 1, PaddingWidth = 0, Groups = 2, InputHeight = 24, InputWidth = 34)]
    public partial class DeinterleavedDepthwise3x1;

    // Rows of 8-15 outputs: 8-lane vectors (the last overlapping), the same instructions on 256 bits.
    [Conv2d(5, 5, 3, Stride = 2, Padding = 1, Groups = 5, InputHeight = 28, InputWidth = 28, Activation = Activation.Relu)]
    public partial class DeinterleavedDepthwiseRowsOf14;

    [Conv2d(3, 3, 3, Stride = 2, Groups = 3, InputHeight = 11, InputWidth = 17, Bias = false)]
    public partial class DeinterleavedDepthwiseRowsOf8;

    // Stride 1 read straight from the input on AVX-512: MobileNetV2's first depthwise shape with fewer channels, rows of
    // one vector over fewer rows than a step, windows of one row or one column (rows of 20, the last vector overlapping),
    // and an unpadded 2x2 window whose last tap reads the column after each vector.
    [Conv2d(4, 4, 3, Padding = 1, Groups = 4, InputHeight = 112, InputWidth = 112, Activation = Activation.Relu6)]
    public partial class DirectDepthwise112;

    [Conv2d(5, 5, 3, Padding = 1, Groups = 5, InputHeight = 5, InputWidth = 16)]
    public partial class DirectDepthwiseRowsOf16;

    [Conv2d(3, 3, 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1, Groups = 3, InputHeight = 11, InputWidth = 20, Bias = false)]
    public partial class DirectDepthwise1x3;

    [Conv2d(2, 2, 3, KernelWidth = 1, PaddingHeight = 1, PaddingWidth = 0, Groups = 2, InputHeight = 7, InputWidth = 20)]
    public partial class DirectDepthwise3x1;

    [Conv2d(3, 3, 2, Groups = 3, InputHeight = 10, InputWidth = 17, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class DirectDepthwise2x2;

    // Output rows of 4-8 columns read straight from the input on AVX-512, each input row loaded once and each tap's columns
    // picked by a permute: MobileNetV2's 7x7 and 14x14-stride-2 shapes with fewer channels, 5x5 and 7x7 windows (weights
    // not held), rows of exactly 8 (no joined last store) and of 4, dilation, stride 3, and unpadded rows of 9 (16-lane
    // loads, the last rows loaded from the plane's end).
    [Conv2d(6, 6, 3, Padding = 1, Groups = 6, InputHeight = 7, InputWidth = 7, Activation = Activation.Relu6)]
    public partial class ShortRowDepthwise7;

    [Conv2d(960, 960, 3, Padding = 1, Groups = 960, InputHeight = 7, InputWidth = 7)]
    public partial class ShortRowDepthwise960;

    [Conv2d(5, 5, 3, Stride = 2, Padding = 1, Groups = 5, InputHeight = 14, InputWidth = 14)]
    public partial class ShortRowDepthwiseStride2;

    [Conv2d(4, 4, 5, Padding = 2, Groups = 4, InputHeight = 7, InputWidth = 7, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class ShortRowDepthwise5x5;

    [Conv2d(3, 3, 5, Stride = 2, Padding = 2, Groups = 3, InputHeight = 14, InputWidth = 14, Bias = false)]
    public partial class ShortRowDepthwise5x5Stride2;

    [Conv2d(3, 3, 7, Padding = 3, Groups = 3, InputHeight = 7, InputWidth = 7, Bias = false)]
    public partial class ShortRowDepthwise7x7;

    [Conv2d(4, 4, 3, Padding = 1, Groups = 4, InputHeight = 8, InputWidth = 8, Activation = Activation.Relu)]
    public partial class ShortRowDepthwiseRowsOf8;

    [Conv2d(5, 5, 3, Padding = 1, Groups = 5, InputHeight = 5, InputWidth = 4)]
    public partial class ShortRowDepthwiseRowsOf4;

    [Conv2d(3, 3, 3, Padding = 2, Dilation = 2, Groups = 3, InputHeight = 7, InputWidth = 7)]
    public partial class ShortRowDepthwiseDilated;

    [Conv2d(3, 3, 3, Stride = 3, Padding = 1, Groups = 3, InputHeight = 12, InputWidth = 16)]
    public partial class ShortRowDepthwiseStride3;

    [Conv2d(4, 4, 3, Groups = 4, InputHeight = 9, InputWidth = 9)]
    public partial class ShortRowDepthwiseUnpadded;

    // Rows of 4-7 columns, one vector each, the extra lanes stored over the next row: several row blocks, the last
    // overlapping, and enough channels to be split over threads (each part's planes end with a partial row).
    [Conv2d(6, 6, 3, Padding = 1, Groups = 6, InputHeight = 20, InputWidth = 4, Activation = Activation.Relu)]
    public partial class DepthwiseRowsOf4;

    [Conv2d(1024, 1024, 3, Padding = 1, Groups = 1024, InputHeight = 20, InputWidth = 6)]
    public partial class DepthwiseRowsOf6;

    [Conv2d(8, 8, 3, Stride = 2, Padding = 1, Dilation = 2, Groups = 8, PaddingMode = PaddingMode.Circular, InputHeight = 15, InputWidth = 13, Bias = false)]
    public partial class DepthwiseRowsOf5Circular;
}

namespace Conv.Generated.Tests.Shapes
{
    // Rows and runs for the Vector512 kernel whose last 1-8 columns take one 8-lane vector: in the only body of a row
    // (56 = 3 x 16 + 8), beside a 16-lane tail (88 = 4 x 16 + 16 + 8), in a body of its own after a loop (14 x 14 = 196
    // as one run), and a row of one 16-lane vector and 8 columns (24); each a million multiply-adds or more.
    [Conv2d(16, 32, 3, Padding = 1, InputHeight = 9, InputWidth = 56)]
    public partial class Wide56;

    [Conv2d(16, 16, 3, Padding = 1, InputHeight = 6, InputWidth = 88, Bias = false)]
    public partial class Wide88;

    [Conv2d(32, 32, 3, Padding = 1, InputHeight = 14, InputWidth = 14)]
    public partial class WideRun196;

    // A 1x1 layer over a run of 196 positions as two blocks of 6 vectors of 16: the last 4 columns' 8-lane vector joins
    // the second block.
    [Conv2d(64, 96, 1, InputHeight = 14, InputWidth = 14, Activation = Activation.Relu)]
    public partial class WideRunLastBlock196;

    [Conv2d(16, 32, 3, Padding = 1, InputHeight = 10, InputWidth = 24, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class Wide24;

    // Rows of 28 that would leave 4 of 32 lanes idle, computed as one flat row over the padded view and copied out:
    // reflect padding, and stride 2 over rows of 58.
    [Conv2d(40, 4, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 28, InputWidth = 28, Activation = Activation.Relu)]
    public partial class FlatRows28;

    [Conv2d(40, 4, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56, Bias = false)]
    public partial class FlatStrided28;

    // Stride 2 with a 3x3 window as one run of 784 positions over a view per kernel column, gathered from every other column.
    [Conv2d(8, 32, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56, Bias = false)]
    public partial class ShiftedStrided28;
}

namespace Conv.Generated.Tests.Shapes
{
    // Output planes of fewer positions than a vector: each output a dot product over its window. Squeeze-and-excitation
    // (1x1 on 1x1) and a kernel as large as its input read the input as it is; the others gather their windows (zero,
    // reflect, circular and replicate padding, stride, dilation, groups, depthwise), with windows of 25 to 25,088 values
    // (whole vectors and a few left over, two accumulator chains where a block has few outputs).
    [Conv2d(1152, 48, 1, InputHeight = 1, InputWidth = 1)]
    public partial class DotSqueeze;

    [Conv2d(48, 1152, 1, InputHeight = 1, InputWidth = 1, Activation = Activation.Relu)]
    public partial class DotExcite;

    [Conv2d(512, 96, 7, InputHeight = 7, InputWidth = 7)]
    public partial class DotClassifier;

    [Conv2d(8, 12, 3, Padding = 1, InputHeight = 2, InputWidth = 2, Bias = false)]
    public partial class DotPadded2x2;

    [Conv2d(6, 4, 3, Stride = 2, Padding = 1, Groups = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 3, InputWidth = 3, Activation = Activation.LeakyRelu, NegativeSlope = 0.2f)]
    public partial class DotReflectGrouped;

    [Conv2d(5, 3, 3, Stride = 3, Dilation = 2, Padding = 2, PaddingMode = PaddingMode.Circular, InputHeight = 3, InputWidth = 3)]
    public partial class DotCircularDilated;

    [Conv2d(16, 8, 1, KernelWidth = 7, PaddingWidth = 3, PaddingMode = PaddingMode.Replicate, InputHeight = 1, InputWidth = 5)]
    public partial class DotReplicateRow;

    [Conv2d(4, 4, 5, Padding = 2, Groups = 4, InputHeight = 2, InputWidth = 2)]
    public partial class DotDepthwise2x2;
}

namespace Conv.Generated.Tests.Shapes
{
    // Depthwise windows over 9 taps: row reuse looping over the kernel columns, one column's weights held (7x7 and 5x5 as
    // in ConvNeXt and EfficientNet, on rows of 4-7 columns with overhanging lanes and on wide rows; up to 11 rows tall);
    // 13x13 holds no column and runs the plain kernel.
    [Conv2d(8, 8, 7, Padding = 3, Groups = 8, InputHeight = 7, InputWidth = 7)]
    public partial class Depthwise7x7At7;

    [Conv2d(6, 6, 7, Padding = 3, Groups = 6, InputHeight = 20, InputWidth = 56, Activation = Activation.Relu)]
    public partial class Depthwise7x7Rows56;

    [Conv2d(4, 4, 5, Stride = 2, Padding = 2, Groups = 4, PaddingMode = PaddingMode.Reflect, InputHeight = 14, InputWidth = 14)]
    public partial class Depthwise5x5Stride2;

    [Conv2d(4, 4, 5, Padding = 2, Groups = 4, InputHeight = 28, InputWidth = 28, Bias = false)]
    public partial class Depthwise5x5At28;

    // On AVX-512 in 16-lane vectors (a million multiply-adds or more, rows of 16 columns or more, the last vector of a row
    // overlapping the one before): stride 2 into rows of 28 over the view, rows of 32 of a 7x7 window read from the input
    // as it is (see below), rows of 56 (three vectors and 8 columns) in blocks of two vectors, at stride 1 and from a
    // stride-2 view, and rows of 20 (one vector and 4 columns) and of 40 (two and 8).
    [Conv2d(160, 160, 5, Stride = 2, Padding = 2, Groups = 160, InputHeight = 20, InputWidth = 56, Activation = Activation.Relu6)]
    public partial class Depthwise5x5Stride2Rows28;

    [Conv2d(80, 80, 7, Padding = 3, Groups = 80, InputHeight = 9, InputWidth = 32)]
    public partial class Depthwise7x7Rows32;

    [Conv2d(8, 8, 7, Padding = 3, Groups = 8, InputHeight = 56, InputWidth = 56)]
    public partial class Depthwise7x7Rows56Wide;

    [Conv2d(8, 8, 7, Stride = 2, Padding = 3, Groups = 8, InputHeight = 112, InputWidth = 111)]
    public partial class Depthwise7x7Stride2Rows56;

    [Conv2d(160, 160, 5, Padding = 2, Groups = 160, InputHeight = 20, InputWidth = 20, Bias = false, Activation = Activation.Relu)]
    public partial class Depthwise5x5Rows20;

    [Conv2d(64, 64, 5, Padding = 2, Groups = 64, InputHeight = 24, InputWidth = 40)]
    public partial class Depthwise5x5Rows40;

    // The same kernels at stride 1 reading the input as it is (KernelPlan.DirectWideDepthwise): taps past a row's edge
    // shifted in from its first or last 16 columns, rows outside the input read as zeros. Rows of 28 (an overlapping last
    // vector), padding wider than half the window (3 columns of a 5-wide window: rows of 26 give 28 outputs), rows of 26
    // with a ReLU6 and no bias, and a 3x7 window without rows of padding.
    [Conv2d(64, 64, 5, Padding = 2, Groups = 64, InputHeight = 28, InputWidth = 28)]
    public partial class DirectWide5x5At28;

    [Conv2d(96, 96, 5, PaddingHeight = 1, PaddingWidth = 3, Groups = 96, InputHeight = 20, InputWidth = 26)]
    public partial class DirectWide5x5WidePadding;

    [Conv2d(80, 80, 7, Padding = 3, Groups = 80, InputHeight = 12, InputWidth = 26, Bias = false, Activation = Activation.Relu6)]
    public partial class DirectWide7x7Rows26;

    // Rows of 24: two vectors, the second overlapping the first by 8 columns.
    [Conv2d(96, 96, 5, Padding = 2, Groups = 96, InputHeight = 24, InputWidth = 24)]
    public partial class DirectWide5x5Rows24;

    [Conv2d(72, 72, 1, KernelHeight = 3, KernelWidth = 7, PaddingHeight = 0, PaddingWidth = 3, Groups = 72, InputHeight = 24, InputWidth = 32)]
    public partial class DirectWide3x7;

    // The same kernels at stride 2 over a view whose phases are padded to whole cache lines (KernelPlan.AlignedView),
    // split 32 columns at a time: an odd padding (the even columns land in the odd phase) and a row of odd width, whose
    // last column no 32-column block reaches; reflect padding, a row of two whole blocks and an overlapping last one.
    [Conv2d(64, 64, 7, Stride = 2, Padding = 3, Groups = 64, InputHeight = 24, InputWidth = 61)]
    public partial class Depthwise7x7Stride2OddRow;

    [Conv2d(80, 80, 5, Stride = 2, Padding = 2, Groups = 80, PaddingMode = PaddingMode.Reflect, InputHeight = 24, InputWidth = 88)]
    public partial class Depthwise5x5Stride2Reflect88;

    [Conv2d(3, 3, 5, Padding = 4, Dilation = 2, Groups = 3, PaddingMode = PaddingMode.Replicate, InputHeight = 12, InputWidth = 30)]
    public partial class Depthwise5x5Dilated;

    [Conv2d(2, 2, 11, KernelWidth = 3, PaddingHeight = 5, PaddingWidth = 1, Groups = 2, InputHeight = 16, InputWidth = 16)]
    public partial class Depthwise11x3;

    [Conv2d(2, 2, 13, Padding = 6, Groups = 2, InputHeight = 16, InputWidth = 16)]
    public partial class Depthwise13x13;
}

namespace Conv.Generated.Tests.Shapes
{
    // A view per kernel column larger than the L2 cache, filled and read in chunks of input channels: rows of 28 (784
    // positions, 49 vectors of 16), with ReLU after the last chunk; grouped with LeakyReLU; reflect padding at 28x20
    // (rows of 20: 560 positions, 35 vectors of 16); stride 2 into 28x28.
    [Conv2d(256, 16, 3, Padding = 1, InputHeight = 28, InputWidth = 28, Activation = Activation.Relu)]
    public partial class ChunkedView28;

    [Conv2d(512, 32, 3, Padding = 1, Groups = 2, InputHeight = 28, InputWidth = 28, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class ChunkedViewGrouped;

    [Conv2d(256, 8, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 28, InputWidth = 20, Bias = false)]
    public partial class ChunkedViewReflect28x20;

    [Conv2d(256, 16, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)]
    public partial class ChunkedViewStrided;

    // Two channels in chunks of one, whose few taps (8) the kernels would otherwise write out for every channel at once:
    // each chunk's body must take only its own channel (the AVX2 kernel added both channels in each chunk, found by
    // LargeLayerFuzzTests).
    [Conv2d(2, 8, 2, Stride = 2, Padding = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 757, InputWidth = 757, Bias = false)]
    public partial class ChunkedViewTwoChannels;

    // Views over 256 KB that the AVX2 kernel (16 registers) reads a block of positions at a time, every block of output
    // channels over one block while its inputs stay in the cache (KernelPlan.InputChunk): 128 channels in chunks of 9
    // (the run of 196 ends in a vector overlapping the one before; ReLU after the last chunk); 512 channels at 7x7 in
    // chunks of 9, and of 75 with 4.7 MB of weights (a dot product for the 49th position); 16 channels in one chunk
    // (their inputs for one block come to 14 KB, over a view of 600 KB).
    [Conv2d(128, 64, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28, Activation = Activation.Relu)]
    public partial class InputChunked196;

    [Conv2d(512, 32, 3, Padding = 1, InputHeight = 7, InputWidth = 7)]
    public partial class InputChunked7x7;

    [Conv2d(512, 256, 3, Padding = 1, InputHeight = 7, InputWidth = 7)]
    public partial class InputChunkedLargeWeights;

    [Conv2d(16, 64, 3, Padding = 1, InputHeight = 55, InputWidth = 55)]
    public partial class InputChunkedWhole;

    // 1x1 layers in chunks of 64 (KernelPlan.InputChunk): 256 channels at 28x28, and at stride 2 into 7x7, the 49th
    // position a dot product.
    [Conv2d(256, 64, 1, InputHeight = 28, InputWidth = 28)]
    public partial class InputChunkedPointwise;

    [Conv2d(256, 512, 1, Stride = 2, InputHeight = 14, InputWidth = 14)]
    public partial class InputChunkedPointwiseStrided;
}

namespace Conv.Generated.Tests.Shapes
{
    // Runs one or two positions past whole vectors of 16, those positions computed as dot products along their windows:
    // 7x7 (49) with reflect padding and ReLU6, 1x1 on 5x10 read as it is (50), a 7x1 window at 17x17 (289), grouped at 9x9 (81).
    [Conv2d(32, 12, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 7, InputWidth = 7, Activation = Activation.Relu6)]
    public partial class DotTail7x7;

    [Conv2d(64, 8, 1, InputHeight = 5, InputWidth = 10, Bias = false)]
    public partial class DotTailPointwise50;

    [Conv2d(24, 16, 7, KernelWidth = 1, PaddingHeight = 3, InputHeight = 17, InputWidth = 17)]
    public partial class DotTail7x1At17;

    [Conv2d(32, 16, 3, Padding = 1, Groups = 2, InputHeight = 9, InputWidth = 9)]
    public partial class DotTailGrouped81;
}

namespace Conv.Generated.Tests.Shapes
{
    // Dense layers with rows of up to 14 columns and taps in the zero padding: on AVX-512, 16 output channels per vector,
    // each position over the taps inside the input only. Two pieces per row (14), one of 12, strides, dilation, windows
    // of one row or one column, input channels in chunks, rows with no tap inside the input.
    [Conv2d(64, 32, 3, Padding = 1, InputHeight = 14, InputWidth = 14, Activation = Activation.Relu)]
    public partial class ChannelVectors14;

    [Conv2d(72, 64, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28, Bias = false, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
    public partial class ChannelVectorsStrided;

    [Conv2d(72, 32, 3, Padding = 2, Dilation = 2, InputHeight = 12, InputWidth = 12)]
    public partial class ChannelVectorsDilated;

    [Conv2d(128, 32, 5, KernelWidth = 1, PaddingHeight = 2, InputHeight = 11, InputWidth = 11)]
    public partial class ChannelVectors5x1;

    [Conv2d(128, 32, 1, KernelWidth = 5, PaddingWidth = 2, InputHeight = 10, InputWidth = 14)]
    public partial class ChannelVectors1x5;

    [Conv2d(64, 32, 3, Padding = 3, InputHeight = 8, InputWidth = 8)]
    public partial class ChannelVectorsWidePadding;

    [Conv2d(32, 32, 5, Padding = 2, InputHeight = 12, InputWidth = 12, Activation = Activation.Relu)]
    public partial class ChannelVectors5x5;

    [Conv2d(64, 32, 3, Padding = 1, InputHeight = 20, InputWidth = 28)]
    public partial class ChannelVectors28;

    // Rows of 8 read as rows: no 16-lane row kernel, so the channel-vector kernel has the Vector512 slot to itself.
    [Conv2d(64, 32, 3, Padding = 1, InputHeight = 8, InputWidth = 8, Activation = Activation.Relu)]
    public partial class ChannelVectors8;

    // Grouped, 32 output channels per group (ResNeXt's layer4 has 32 groups of 32): each block reads its group's inputs.
    [Conv2d(128, 128, 3, Padding = 1, Groups = 4, InputHeight = 7, InputWidth = 7)]
    public partial class ChannelVectorsGrouped;

    // A struct layer: its copies share the weight array, and so whether it may keep them rearranged.
    [Conv2d(64, 32, 3, Padding = 1, InputHeight = 14, InputWidth = 14)]
    public partial struct ChannelVectorsStruct;

    // Wider rows and unpadded layers where the lanes past the rows' ends and the padding taps come to 6% or more: rows of
    // 36 in three pieces, of 60 in five over few rows, and an unpadded stride-2 layer into 17x17 (whose other kernels read
    // a flat run: the items kernel takes its scratch too).
    [Conv2d(32, 32, 3, Padding = 1, InputHeight = 20, InputWidth = 36, Activation = Activation.Relu)]
    public partial class ChannelVectors36;

    [Conv2d(32, 64, 3, Padding = 1, InputHeight = 8, InputWidth = 60)]
    public partial class ChannelVectors60;

    [Conv2d(32, 32, 3, Stride = 2, InputHeight = 35, InputWidth = 35, Bias = false)]
    public partial class ChannelVectorsUnpadded;

    // Rows whose last 8 columns the row kernels take in an 8-lane vector, counted as a 16-lane one: output channels in the vector lanes.
    [Conv2d(64, 32, 3, Padding = 1, InputHeight = 12, InputWidth = 56)]
    public partial class ChannelVectors56;

    [Conv2d(128, 32, 3, Stride = 2, InputHeight = 7, InputWidth = 35)]
    public partial class ChannelVectors17;

    // 1x1 layers over inputs larger than the L2 cache (1.2 MB, 1.26 MB): every block of output channels over one span of
    // positions, then the next; the run's last columns (a block of fewer vectors, or one 8-lane vector) with the last span.
    [Conv2d(1024, 32, 1, InputHeight = 15, InputWidth = 20, Activation = Activation.Relu)]
    public partial class Span1x1;

    [Conv2d(1024, 32, 1, InputHeight = 14, InputWidth = 22, Bias = false)]
    public partial class Span1x1Odd;

    // One-row (1-D) layers whose stride-2 views exceed the L2 cache (1.15 MB, 1.23 MB): every block of output channels
    // over one span of columns, then the next; rows of 1500 (a tail after the whole blocks) and of 1599 (the last block
    // overlapping the one before).
    [Conv2d(96, 8, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000, Activation = Activation.Relu)]
    public partial class SpanRow1500;

    [Conv2d(96, 8, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, InputHeight = 1, InputWidth = 3199, Bias = false)]
    public partial class SpanRow1599;

    // A block of 6 output channels x 4 vectors over such spans (a strided window over more input channels than the L1
    // cache holds for a block's columns: Tile.StreamsInput), whose last block overlaps the one before.
    [Conv2d(192, 12, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000, Activation = Activation.Relu6)]
    public partial class SpanRowStreamed;

    // A one-row depthwise layer of 2 million multiply-adds: on AVX-512 the lane-shift kernel (KernelPlan.LaneShiftDepthwise),
    // steps of 8 vectors, the last overlapping the one before.
    [Conv2d(64, 64, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 64, InputHeight = 1, InputWidth = 1000)]
    public partial class DepthwiseRow1000;

    // More of the lane-shift kernel's layers: a row of 100 in one step of 7 vectors (the last overlapping the one before)
    // with a ReLU; a dilated window over reflect padding; a window over an unpadded row, read as it is (8 whole steps);
    // a 3x15 window into one output row; and 2-D windows over 9 rows tall, which have no row-reusing 16-lane kernel:
    // 13x13 at 28x28 (4 rows x 2 vectors a step) with a ReLU6, at row stride 2, a 13x5 window dilated by 2 in height, and
    // 31x31 over rows of 20 (one step of two vectors, overlapping).
    [Conv2d(512, 512, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 512, InputHeight = 1, InputWidth = 100, Activation = Activation.Relu)]
    public partial class LaneShiftRow100;

    [Conv2d(128, 128, 1, KernelHeight = 1, KernelWidth = 9, PaddingHeight = 0, PaddingWidth = 8, DilationHeight = 1, DilationWidth = 2, Groups = 128, PaddingMode = PaddingMode.Reflect, InputHeight = 1, InputWidth = 1000)]
    public partial class LaneShiftRowDilatedReflect;

    [Conv2d(128, 128, 1, KernelHeight = 1, KernelWidth = 9, Groups = 128, InputHeight = 1, InputWidth = 1032, Bias = false)]
    public partial class LaneShiftRowUnpadded;

    [Conv2d(64, 64, 1, KernelHeight = 3, KernelWidth = 15, PaddingHeight = 0, PaddingWidth = 7, Groups = 64, InputHeight = 3, InputWidth = 1200)]
    public partial class LaneShiftRowTall;

    [Conv2d(32, 32, 13, Padding = 6, Groups = 32, InputHeight = 28, InputWidth = 28, Activation = Activation.Relu6)]
    public partial class LaneShift13x13At28;

    [Conv2d(16, 16, 13, StrideHeight = 2, StrideWidth = 1, Padding = 6, Groups = 16, InputHeight = 40, InputWidth = 40)]
    public partial class LaneShift13x13RowStride2;

    [Conv2d(32, 32, 1, KernelHeight = 13, KernelWidth = 5, PaddingHeight = 12, PaddingWidth = 2, DilationHeight = 2, DilationWidth = 1, Groups = 32, InputHeight = 32, InputWidth = 32)]
    public partial class LaneShift13x5Dilated;

    [Conv2d(8, 8, 31, Padding = 15, Groups = 8, InputHeight = 20, InputWidth = 20, Bias = false)]
    public partial class LaneShift31x31At20;

    // Stride 4: each padded row split into 4 column phases, 32 columns at a time by shuffles where Vector256 is
    // accelerated (16 with Vector128); rows of 100 (the last 32 overlapping), of 71 padded by 2 (the last block starting off a multiple of
    // 4), and of 30 (under 32: one value at a time).
    [Conv2d(3, 8, 4, Stride = 4, InputHeight = 24, InputWidth = 100, Activation = Activation.Relu)]
    public partial class PhaseSplit4;

    [Conv2d(3, 16, 11, Stride = 4, Padding = 2, InputHeight = 40, InputWidth = 71)]
    public partial class PhaseSplit4Padded;

    [Conv2d(2, 8, 4, Stride = 4, Padding = 1, InputHeight = 12, InputWidth = 30, Bias = false)]
    public partial class PhaseSplit4Short;

    // Windows that tile their input (kernel = stride, no padding): a ViT patch embedding, 16x16 at stride 16 (a flat row
    // over 256 phase planes; each kernel row and column its own phase; 80 output channels, not whole blocks of 32 for
    // the channel-vector kernel), and ConvNeXt's 2x2 downsampling at stride 2.
    [Conv2d(3, 80, 16, Stride = 16, InputHeight = 64, InputWidth = 112)]
    public partial class PatchEmbedding16;

    // The same with whole blocks of 32 output channels over 7x7 patches: the AVX-512 kernel holds output channels in its
    // vectors and reads the input as it is (KernelPlan's TiledChannelVectorsPay), 256 taps per input channel.
    [Conv2d(3, 64, 16, Stride = 16, InputHeight = 112, InputWidth = 112, Activation = Activation.Relu)]
    public partial class ChannelVectorsPatches;

    [Conv2d(24, 48, 2, Stride = 2, InputHeight = 28, InputWidth = 28)]
    public partial class PatchMerge2;

    // At 7x7 too: several items at a time share each rearrangement of the weights, or the layer's kept copy.
    [Conv2d(64, 64, 3, Padding = 1, InputHeight = 7, InputWidth = 7, Activation = Activation.Relu6)]
    public partial class ChannelVectorItems7x7;

    [Conv2d(64, 96, 3, Stride = 2, Padding = 1, InputHeight = 14, InputWidth = 14, Bias = false)]
    public partial class ChannelVectorItemsStrided;

    // 392 KB of input an item, which every block of output channels reads again: over the kept weights two items at a time
    // (KernelPlan.KeptChannelItems), all the view holds when each call rearranges the weights.
    [Conv2d(512, 32, 3, Padding = 1, InputHeight = 14, InputWidth = 14)]
    public partial class ChannelVectorItemsLarge;

    // Several items at a time only: one item has too few positions (88, a 10% share of idle lanes and padding taps in its
    // rows of 44), and runs a kernel over the padded view.
    [Conv2d(256, 64, 1, KernelWidth = 3, PaddingWidth = 1, InputHeight = 2, InputWidth = 44)]
    public partial class ChannelVectorItemsRows44;
}
