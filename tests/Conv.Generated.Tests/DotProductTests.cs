using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Output planes of fewer positions than a vector, each output a dot product of its weights with its window, vectorised
/// along the window: checked against the reference for every padding mode, stride, dilation and grouping (ParallelForwardTests
/// splits one over threads).
/// </summary>
public class DotProductTests
{
    [Fact]
    public void Squeeze_1x1_on_1x1_reads_the_input() =>
        ReferenceCheck.Same(new Conv2dGeometry(1152, 48, 1, 1, 1, 1), (w, b) => x => new DotSqueeze(w, b).Forward(x), "squeeze", 1, 3);

    [Fact]
    public void Excite_1x1_on_1x1_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(48, 1152, 1, 1, 1, 1), Activation.Relu, 0.01f, (w, b) => x => new DotExcite(w, b).Forward(x), "excite", 1, 3);

    [Fact]
    public void Kernel_as_large_as_the_input() =>
        ReferenceCheck.Same(new Conv2dGeometry(512, 96, 7, 7, 7, 7), (w, b) => x => new DotClassifier(w, b).Forward(x), "classifier", 1, 2);

    [Fact]
    public void Zero_padded_2x2() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 12, 3, 3, 2, 2, paddingHeight: 1, paddingWidth: 1, hasBias: false),
            (w, _) => x => new DotPadded2x2(w).Forward(x), "2x2", 1, 3);

    [Fact]
    public void Reflect_grouped_strided_with_leaky_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 4, 3, 3, 3, 3, 2, 2, 1, 1, groups: 2, paddingMode: PaddingMode.Reflect), Activation.LeakyRelu, 0.2f,
            (w, b) => x => new DotReflectGrouped(w, b).Forward(x), "reflect grouped", 1, 3);

    [Fact]
    public void Circular_dilated() =>
        ReferenceCheck.Same(new Conv2dGeometry(5, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, paddingMode: PaddingMode.Circular),
            (w, b) => x => new DotCircularDilated(w, b).Forward(x), "circular dilated", 1, 3);

    [Fact]
    public void Replicate_padded_row_of_5() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 8, 1, 7, 1, 5, paddingWidth: 3, paddingMode: PaddingMode.Replicate),
            (w, b) => x => new DotReplicateRow(w, b).Forward(x), "replicate row", 1, 3);

    [Fact]
    public void Depthwise_5x5_on_2x2() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 4, 5, 5, 2, 2, paddingHeight: 2, paddingWidth: 2, groups: 4),
            (w, b) => x => new DotDepthwise2x2(w, b).Forward(x), "depthwise 2x2", 1, 3);

    [Fact]
    public void Run_of_49_ends_with_a_dot_product() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 12, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1, paddingMode: PaddingMode.Reflect), Activation.Relu6, 0.01f,
            (w, b) => x => new DotTail7x7(w, b).Forward(x), "run of 49", 1, 3);

    [Fact]
    public void Run_of_50_read_as_it_is_ends_with_two() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 8, 1, 1, 5, 10, hasBias: false), (w, _) => x => new DotTailPointwise50(w).Forward(x), "run of 50", 1, 3);

    [Fact]
    public void Run_of_289_with_a_7x1_window() =>
        ReferenceCheck.Same(new Conv2dGeometry(24, 16, 7, 1, 17, 17, paddingHeight: 3), (w, b) => x => new DotTail7x1At17(w, b).Forward(x), "run of 289", 1, 2);

    [Fact]
    public void Grouped_run_of_81() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 16, 3, 3, 9, 9, paddingHeight: 1, paddingWidth: 1, groups: 2), (w, b) => x => new DotTailGrouped81(w, b).Forward(x), "grouped run of 81", 1, 3);
}
