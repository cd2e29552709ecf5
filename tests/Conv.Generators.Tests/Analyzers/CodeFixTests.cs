extern alias codefixes;
extern alias generator;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Declarations = generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer;

namespace Conv.Generators.Tests.Analyzers;

public class CodeFixTests
{
    private static Task Fix<TCodeFix>(string source, string fixedSource, DiagnosticResult[] expected, string? equivalenceKey = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<Declarations, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        TestReferences.Apply(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<Declarations>.Diagnostic(id);

    [Fact]
    public Task CONV001_adds_partial() => Fix<codefixes::Conv.Generators.CodeFixes.MakePartialCodeFix>(
        """
        [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)]
        public class {|#0:ConvA|} { }

        public class {|#1:Outer|}
        {
            [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)]
            public partial class Inner { }
        }
        """,
        """
        [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)]
        public partial class ConvA { }

        public partial class Outer
        {
            [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)]
            public partial class Inner { }
        }
        """,
        new[] { Diagnostic("CONV001").WithLocation(0), Diagnostic("CONV001").WithLocation(1) });

    [Fact]
    public Task CONV003_swaps_the_order_when_the_reverse_fits() => Fix<codefixes::Conv.Generators.CodeFixes.CompositeCodeFixes>(
        """
        using Conv;
        [Conv2d(3, 8, 3, InputHeight = 9, InputWidth = 9)] public partial class Widen;
        [Conv2d(8, 5, 3, InputHeight = 7, InputWidth = 7)] public partial class Narrow;
        [Composite(typeof(Narrow), {|#0:typeof(Widen)|})] public partial class Backwards;
        """,
        """
        using Conv;
        [Conv2d(3, 8, 3, InputHeight = 9, InputWidth = 9)] public partial class Widen;
        [Conv2d(8, 5, 3, InputHeight = 7, InputWidth = 7)] public partial class Narrow;
        [Composite(typeof(Widen), typeof(Narrow))] public partial class Backwards;
        """,
        new[]
        {
            Diagnostic("CONV003").WithLocation(0).WithMessage("Widen expects 3 input channels but Narrow produces 5"),
            Diagnostic("CONV004").WithLocation(0).WithMessage("Widen expects a 9x9 input but Narrow produces 5x5"),
        },
        "SwapCompositeOrder");

    [Fact]
    public Task CONV004_sets_the_next_input_size() => Fix<codefixes::Conv.Generators.CodeFixes.CompositeCodeFixes>(
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class ConvA;
        [Conv2d(7, 3, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class ConvB;
        [Composite(typeof(ConvA), {|#0:typeof(ConvB)|})] public partial class ConvAB;
        """,
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class ConvA;
        [Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class ConvB;
        [Composite(typeof(ConvA), typeof(ConvB))] public partial class ConvAB;
        """,
        new[] { Diagnostic("CONV004").WithLocation(0).WithMessage("ConvB expects a 7x7 input but ConvA produces 9x9") });

    [Fact]
    public Task CONV005_pads_the_first_layer_fully() => Fix<codefixes::Conv.Generators.CodeFixes.CompositeCodeFixes>(
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5First;
        [Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class C5Second;
        [{|#0:Composite(typeof(C5First), typeof(C5Second))|}] public partial class C5Composite;
        """,
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 10, InputWidth = 10)] public partial class C5First;
        [Conv2d(7, 3, 3, InputHeight = 12, InputWidth = 12)] public partial class C5Second;
        [Composite(typeof(C5First), typeof(C5Second))] public partial class C5Composite;
        """,
        new[] { Diagnostic("CONV005").WithLocation(0) },
        "PadFirstLayerFully");

    [Fact]
    public Task CONV005_fix_all_pads_every_composite_first_layer_fully() => Fix<codefixes::Conv.Generators.CodeFixes.CompositeCodeFixes>(
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class P1;
        [Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)] public partial class P2;
        [{|#0:Composite(typeof(P1), typeof(P2))|}] public partial class P12;
        [Conv2d(1, 4, 3, Padding = 1, InputHeight = 6, InputWidth = 6)] public partial class Q1;
        [Conv2d(4, 1, 3, Padding = 1, InputHeight = 6, InputWidth = 6)] public partial class Q2;
        [{|#1:Composite(typeof(Q1), typeof(Q2))|}] public partial class Q12;
        """,
        """
        using Conv;
        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 10, InputWidth = 10)] public partial class P1;
        [Conv2d(7, 3, 3, InputHeight = 12, InputWidth = 12)] public partial class P2;
        [Composite(typeof(P1), typeof(P2))] public partial class P12;
        [Conv2d(1, 4, 3, Padding = 2, InputHeight = 6, InputWidth = 6)] public partial class Q1;
        [Conv2d(4, 1, 3, InputHeight = 8, InputWidth = 8)] public partial class Q2;
        [Composite(typeof(Q1), typeof(Q2))] public partial class Q12;
        """,
        new[] { Diagnostic("CONV005").WithLocation(0), Diagnostic("CONV005").WithLocation(1) },
        "PadFirstLayerFully");
}
