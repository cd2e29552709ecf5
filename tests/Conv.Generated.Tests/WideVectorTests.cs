using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Rows and runs that the Vector512 kernel ends with one 8-lane vector, and rows computed as one flat row (on this machine where Vector512 is accelerated;
/// in the child processes of <see cref="InstructionSetTests"/> the other kernels): checked against the reference.
/// </summary>
public class WideVectorTests
{
    [Fact]
    public void Rows_of_56() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 32, 3, 3, 9, 56, paddingHeight: 1, paddingWidth: 1), (w, b) => x => new Wide56(w, b).Forward(x), "56", 1, 2);

    [Fact]
    public void Rows_of_88() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 16, 3, 3, 6, 88, paddingHeight: 1, paddingWidth: 1, hasBias: false),
            (w, _) => x => new Wide88(w).Forward(x), "88", 1, 2);

    [Fact]
    public void Run_of_196() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 3, 3, 14, 14, paddingHeight: 1, paddingWidth: 1), (w, b) => x => new WideRun196(w, b).Forward(x), "196", 1, 2);

    [Fact]
    public void Run_of_196_whose_last_columns_join_the_last_block() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 96, 1, 1, 14, 14), Activation.Relu, 0.01f,
            (w, b) => x => new WideRunLastBlock196(w, b).Forward(x), "1x1 196", 1, 2);

    [Fact]
    public void Rows_of_24_with_leaky_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 32, 3, 3, 10, 24, paddingHeight: 1, paddingWidth: 1), Activation.LeakyRelu, 0.1f,
            (w, b) => x => new Wide24(w, b).Forward(x), "24", 1, 2);

    [Fact]
    public void Rows_of_28_as_one_flat_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(40, 4, 3, 3, 28, 28, paddingHeight: 1, paddingWidth: 1, paddingMode: PaddingMode.Reflect), Activation.Relu, 0.01f,
            (w, b) => x => new FlatRows28(w, b).Forward(x), "flat 28", 1, 2);

    [Fact]
    public void Strided_rows_of_28_as_one_flat_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(40, 4, 3, 3, 56, 56, 2, 2, 1, 1, hasBias: false),
            (w, _) => x => new FlatStrided28(w).Forward(x), "flat strided 28", 1, 2);

    [Fact]
    public void Strided_3x3_as_one_run_over_a_view_per_kernel_column() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 32, 3, 3, 56, 56, 2, 2, 1, 1, hasBias: false),
            (w, _) => x => new ShiftedStrided28(w).Forward(x), "shifted strided 28", 1, 2);
}
