extern alias generator;

using System.Threading.Tasks;
using Xunit;
using Verifier = Conv.Generators.Tests.Analyzers.AnalyzerVerifier<generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer>;

namespace Conv.Generators.Tests.Analyzers;

public class LayerDeclarationAnalyzerTests
{
    [Fact]
    public Task CONV001_not_partial() => Verifier.Verify(
        "[Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public class {|#0:ConvA|} { }",
        Verifier.Diagnostic("CONV001").WithLocation(0).WithMessage("ConvA must be partial so that the generator can add its layer code"));

    [Fact]
    public Task CONV001_containing_type_not_partial() => Verifier.Verify(
        "public class {|#0:Outer|} { [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public partial class ConvA; }",
        Verifier.Diagnostic("CONV001").WithLocation(0).WithMessage("Outer, which contains ConvA, must be partial so that the generator can add ConvA's layer code"));

    [Fact]
    public Task CONV001_generic() => Verifier.Verify(
        "[Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public partial class {|#0:ConvA|}<T>;",
        Verifier.Diagnostic("CONV001").WithLocation(0).WithMessage("ConvA must not be generic: a layer's shape is fixed at compile time"));

    [Fact]
    public Task CONV002_groups_points_at_the_groups_argument() => Verifier.Verify(
        "[Conv.Conv2d(6, 9, 3, {|#0:Groups = 4|}, InputHeight = 7, InputWidth = 7)] public partial class ConvG;",
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("ConvG has an impossible geometry: inChannels 6 is not divisible by groups 4"),
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("ConvG has an impossible geometry: outChannels 9 is not divisible by groups 4"));

    [Fact]
    public Task CONV002_missing_input_size() => Verifier.Verify(
        "[{|#0:Conv.Conv2d(4, 7, 3, InputWidth = 7)|}] public partial class ConvA;",
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("ConvA has an impossible geometry: InputHeight is required (shapes are fixed at compile time): add InputHeight = <input rows>"));

    [Fact]
    public Task CONV002_output_below_1x1_points_at_the_kernel() => Verifier.Verify(
        "[Conv.Conv2d(4, 7, {|#0:9|}, InputHeight = 7, InputWidth = 9)] public partial class ConvK;",
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("ConvK has an impossible geometry: the output would have -1 rows: inputHeight 7 plus 2 x paddingHeight 0 is less than the dilated kernel height 9"));

    [Fact]
    public Task CONV002_reflect_padding_points_at_the_padding() => Verifier.Verify(
        "[Conv.Conv2d(1, 1, 3, {|#0:Padding = 4|}, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 4, InputWidth = 8)] public partial class ConvR;",
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("ConvR has an impossible geometry: reflect padding needs paddingHeight < inputHeight, but paddingHeight is 4 and inputHeight is 4"));

    private const string Layers = """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class ConvA;
        [Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class ConvB;
        [Conv2d(5, 3, 3, InputHeight = 9, InputWidth = 9)] public partial class ConvB5;
        [Conv2d(7, 3, 3, InputHeight = 7, InputWidth = 7)] public partial class ConvB7x7;
        """;

    [Fact]
    public Task CONV003_channel_mismatch_points_at_the_layer() => Verifier.Verify(Layers +
        "[Composite(typeof(ConvA), {|#0:typeof(ConvB5)|})] public partial class ConvAB;",
        Verifier.Diagnostic("CONV003").WithLocation(0).WithMessage("ConvB5 expects 5 input channels but ConvA produces 7"));

    [Fact]
    public Task CONV004_size_mismatch_points_at_the_layer() => Verifier.Verify(Layers +
        "[Composite(typeof(ConvA), {|#0:typeof(ConvB7x7)|})] public partial class ConvAB;",
        Verifier.Diagnostic("CONV004").WithLocation(0).WithMessage("ConvB7x7 expects a 7x7 input but ConvA produces 9x9"));

    [Fact]
    public Task CONV007_not_a_layer() => Verifier.Verify(Layers +
        "[Composite(typeof(ConvA), {|#0:typeof(string)|})] public partial class ConvAB;",
        Verifier.Diagnostic("CONV007").WithLocation(0).WithMessage("ConvAB composes string, which is not a layer type: give it [Conv2d], [BatchNorm2d], [Composite], [Sum] or [Concat]"));

    [Fact]
    public Task CONV007_a_single_layer() => Verifier.Verify(Layers +
        "[{|#0:Composite(typeof(ConvA))|}] public partial class ConvAB;",
        Verifier.Diagnostic("CONV007").WithLocation(0).WithMessage("ConvAB composes 1 layer type, but a composite needs two or more"));

    [Fact]
    public Task CONV005_same_same_names_rows_columns_cause_and_fix() => Verifier.Verify("""
        using Conv;
        [Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5First;
        [Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5Second;
        [{|#0:Composite(typeof(C5First), typeof(C5Second))|}] public partial class C5Composite;
        """,
        Verifier.Diagnostic("CONV005").WithLocation(0).WithMessage(
            "C5Composite differs from running C5First then C5Second in output rows 0 and 9 and columns 0 and 9: " +
            "C5Second pads C5First's output with zeros where the composite sees real values; " +
            "the bias of C5First is missing from that zero padding but the composite adds it everywhere; " +
            "give C5First padding 2 (full) and C5Second padding 0, or use PaddingMode.Circular, " +
            "or keep the layers as they are and read the composite only inside its ExactRegion"));

    [Fact]
    public Task CONV008_costlier_composite_gives_both_figures() => Verifier.Verify("""
        using Conv;
        [Conv2d(64, 8, 1, InputHeight = 10, InputWidth = 10, Bias = false)] public partial class Squeeze;
        [Conv2d(8, 64, 3, InputHeight = 10, InputWidth = 10, Bias = false)] public partial class Expand;
        [{|#0:Composite(typeof(Squeeze), typeof(Expand))|}] public partial class SqueezeExpand;
        """,
        Verifier.Diagnostic("CONV008").WithLocation(0).WithMessage(
            // Squeeze: 8 x 64 x 1 x 1 x 10 x 10 = 51200; Expand: 64 x 8 x 3 x 3 x 8 x 8 = 294912; composite: 64 x 64 x 3 x 3 x 8 x 8.
            "SqueezeExpand costs 36864 multiply-adds per output position but running Squeeze then Expand costs 5408 (2359296 against 346112 per batch item)"));

    [Fact]
    public Task Seed_composition_and_full_padding_are_silent() => Verifier.Verify("""
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class ConvA;
        [Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class ConvB;
        [Composite(typeof(ConvA), typeof(ConvB))] public partial class ConvAB;
        [Conv2d(4, 7, 3, Padding = 4, InputHeight = 7, InputWidth = 7)] public partial class FullA;
        [Conv2d(7, 3, 3, InputHeight = 13, InputWidth = 13)] public partial class FullB;
        [Composite(typeof(FullA), typeof(FullB))] public partial class FullAB;
        [Composite(typeof(FullAB), typeof(ThreeOnly))] public partial class Nested;
        [Conv2d(3, 3, 1, InputHeight = 11, InputWidth = 11)] public partial class ThreeOnly;
        """);

    [Fact]
    public Task Broken_member_is_reported_once_on_itself_not_on_the_composite() => Verifier.Verify("""
        using Conv;
        [Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public partial class ConvA;
        [Conv2d(7, 3, 3, {|#0:Groups = 2|}, InputHeight = 5, InputWidth = 5)] public partial class Broken;
        [Composite(typeof(ConvA), typeof(Broken))] public partial class ConvAB;
        """,
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("Broken has an impossible geometry: inChannels 7 is not divisible by groups 2"),
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("Broken has an impossible geometry: outChannels 3 is not divisible by groups 2"));

    [Fact]
    public Task Editorconfig_severity_silences_a_diagnostic()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = """
                using Conv;
                [Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5First;
                [Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5Second;
                [Composite(typeof(C5First), typeof(C5Second))] public partial class C5Composite;
                """,
        };
        TestReferences.Apply(test);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CONV005.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_silences_a_diagnostic() => Verifier.Verify("""
        using Conv;
        [Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5First;
        [Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5Second;
        #pragma warning disable CONV005
        [Composite(typeof(C5First), typeof(C5Second))] public partial class C5Composite;
        #pragma warning restore CONV005
        """);
}
