extern alias generator;

using System.Threading.Tasks;
using Xunit;
using Verifier = Conv.Generators.Tests.Analyzers.AnalyzerVerifier<generator::Conv.Generators.Analyzers.LayoutFlowAnalyzer>;

namespace Conv.Generators.Tests.Analyzers;

public class LayoutFlowAnalyzerTests
{
    private const string Prelude = """
        using System;
        using Conv;

        public class Model
        {
            private static readonly Conv2dGeometry G = new(4, 4, 1, 1, 2, 2);

            [Layout(TensorLayout.Oihw)] public float[] Kernel { get; } = new float[16];
            [Layout(TensorLayout.Nchw)] public float[] Image = new float[16];
            [return: Layout(TensorLayout.Oihw)] public float[] MakeKernel() => new float[16];

        """;

    private const string WeightAsInput = "{0} holds an OIHW weight but parameter 'input' of Conv2d.Forward expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)";

    private static Task Verify(string members, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verifier.Verify(Prelude + members + "\n}", expected);

    [Fact]
    public Task Weight_property_passed_as_input() => Verify(
        "public float[] Run() => Conv2d.Forward(G, {|#0:Kernel|}, Kernel);",
        Verifier.Diagnostic("CONV006").WithLocation(0).WithMessage(string.Format(WeightAsInput, "Kernel")));

    [Fact]
    public Task Through_locals_AsSpan_Slice_and_ToArray() => Verify("""
        public float[] Run()
        {
            var k = Kernel;
            ReadOnlySpan<float> s = k.AsSpan();
            var copy = s.Slice(0, 16).ToArray();
            return Conv2d.Forward(G, {|#0:copy|}, Kernel);
        }
        """,
        Verifier.Diagnostic("CONV006").WithLocation(0).WithMessage(string.Format(WeightAsInput, "copy")));

    [Fact]
    public Task Through_a_ternary_and_a_method_return() => Verify("""
        public float[] Run(bool fresh) => Conv2d.Forward(G, {|#0:fresh ? MakeKernel() : Kernel|}, Kernel);
        """,
        Verifier.Diagnostic("CONV006").WithLocation(0).WithMessage(string.Format(WeightAsInput, "fresh ? MakeKernel() : Kernel")));

    [Fact]
    public Task Activation_passed_as_weight() => Verify(
        "public ConvOperator Run() => ConvOperator.Create(G, {|#0:Image|});",
        Verifier.Diagnostic("CONV006").WithLocation(0).WithMessage(
            "Image holds an NCHW activation but parameter 'weight' of ConvOperator.Create expects an OIHW weight: its batch axis would be read as the out-channel axis (Layouts.ReinterpretImagesAsWeight says it is meant)"));

    [Fact]
    public Task Assignment_and_return_slots() => Verify("""
        public void Store() { Image = {|#0:Kernel|}; }
        [return: Layout(TensorLayout.Nchw)] public float[] Picture() => {|#1:MakeKernel()|};
        """,
        Verifier.Diagnostic("CONV006").WithLocation(0).WithMessage("Kernel holds an OIHW weight but Model.Image expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)"),
        Verifier.Diagnostic("CONV006").WithLocation(1).WithMessage("MakeKernel() holds an OIHW weight but the return value of Model.Picture expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)"));

    [Fact]
    public Task Correct_flow_is_silent() => Verify("""
        public float[] Run()
        {
            var k = Kernel;
            var image = Image.AsSpan().ToArray();
            return Conv2d.Forward(G, image, k);
        }
        """);

    [Fact]
    public Task Flow_it_cannot_follow_is_silent() => Verify("""
        public float[] Mixed(bool b) => Conv2d.Forward(G, b ? Kernel : Image, Kernel);
        public float[] Reassigned()
        {
            var x = Kernel;
            x = Image;
            return Conv2d.Forward(G, x, Kernel);
        }
        public float[] ByRef()
        {
            var x = Kernel;
            Touch(ref x);
            return Conv2d.Forward(G, x, Kernel);
        }
        private static void Touch(ref float[] values) { }
        public float[] Unknown() => Conv2d.Forward(G, new float[16], Kernel);
        """);

    [Fact]
    public Task Explicit_reinterpretation_stops_the_flow() => Verify(
        "public float[] Run() => Conv2d.Forward(G, Layouts.ReinterpretWeightAsImages(Kernel), Kernel);");
}
