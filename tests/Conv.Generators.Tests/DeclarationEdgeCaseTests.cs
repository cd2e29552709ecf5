using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// Declarations users write carelessly: each gets code that compiles, or exactly the expected diagnostics on the
/// user's own code, and never a generator exception, an analyzer exception or an error inside a generated file.
/// </summary>
public class DeclarationEdgeCaseTests
{
    private const string Layer = "[Conv.Conv2d(2, 3, 3, InputHeight = 6, InputWidth = 6)]";
    private const string Other = "[Conv.Conv2d(3, 2, 1, InputHeight = 4, InputWidth = 4)]";

    private static BuildCheck Check(params string[] sources)
    {
        var check = BuildCheck.Net80(sources);
        Assert.True(check.Failures.Length == 0, check.Failures);
        return check;
    }

    private static void Works(params string[] sources)
    {
        var check = Check(sources);
        Assert.Empty(check.CompilerErrors);
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(check.GeneratedFiles);
    }

    private static BuildCheck Rejected(string id, params string[] sources)
    {
        var check = Check(sources);
        Assert.Equal(new[] { id }, check.Ids);
        Assert.Empty(check.CompilerErrors);
        return check;
    }

    [Theory]
    [InlineData("[Conv.Composite(null)] public partial class C;", 1)]
    [InlineData("[Conv.Composite(new System.Type[] { null, null })] public partial class C;", 2)]
    [InlineData("[Conv.Composite(typeof(int[]), typeof(System.Collections.Generic.List<>))] public partial class C;", 2)]
    public void Composite_of_nothing_is_CONV007_per_argument(string source, int count)
    {
        var check = Check(source);
        Assert.Equal(Enumerable.Repeat("CONV007", count), check.Ids);
        Assert.Empty(check.GeneratedFiles);
    }

    private const string TwoLayers = "[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class A; [Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class B;";

    [Theory]
    [InlineData(Layer + "[Conv.Composite(typeof(A), typeof(B))] public partial class L;")]
    [InlineData(Layer + " public partial class L; [Conv.Composite(typeof(A), typeof(B))] public partial class L;")]
    public void Conv2d_and_Composite_on_one_type_are_CONV012(string source)
    {
        var check = Rejected("CONV012", TwoLayers, source);
        Assert.DoesNotContain("L.g.cs", check.GeneratedFiles);
    }

    [Fact]
    public void Conv2d_on_two_partial_declarations_is_the_compiler_s_CS0579_alone_and_generates_nothing()
    {
        var check = Check(Layer + " public partial class L; " + Layer + " public partial class L;");
        Assert.Empty(check.Diagnostics);
        Assert.Equal(new[] { "CS0579" }, check.CompilerErrors);
        Assert.Empty(check.GeneratedFiles);
    }

    // The generated files write Unsafe, Fma, Vector256, ... through using aliases; where the user's code gives one of
    // those names another meaning (a type, a namespace, a member of the layer), the file keeps the full names.
    [Theory]
    [InlineData("namespace Seed { public class Unsafe { } [Conv.Conv2d(2, 3, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class L; }", false)]
    [InlineData("public static class Fma { } [Conv.Conv2d(2, 3, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class L;", false)]
    [InlineData("namespace Vector256 { } [Conv.Conv2d(2, 3, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class L;", false)]
    [InlineData("public class Avx2 { } [Conv.Conv2d(8, 8, 3, Padding = 1, Groups = 8, InputHeight = 7, InputWidth = 7)] public partial class L;", false)]
    [InlineData("public class Avx { } [Conv.Conv2d(8, 8, 3, Padding = 1, Groups = 8, InputHeight = 7, InputWidth = 7)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(2, 3, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class L { public int Float8 => 8; }", false)]
    [InlineData("public class Outer { public class MemoryMarshal { } } public partial class Derived : Outer { [Conv.Conv2d(2, 3, 3, InputHeight = 9, InputWidth = 9)] public partial class L; }", false)]
    [InlineData("using System.Runtime.CompilerServices; using System.Runtime.Intrinsics; [Conv.Conv2d(2, 3, 3, InputHeight = 9, InputWidth = 9)] public partial class L;", true)]
    public void Short_names_give_way_to_the_user_s_names(string source, bool aliased)
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        var text = result.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Equal(aliased, text.Contains("using Unsafe = global::System.Runtime.CompilerServices.Unsafe;"));
        Assert.Equal(!aliased, text.Contains("global::System.Runtime.CompilerServices.Unsafe.Add("));
    }

    [Fact]
    public void Layers_whose_names_differ_only_in_case_both_generate()
    {
        var check = Check("namespace N { " + Layer + " public partial class Layer; " + Layer + " public partial class layer; }",
            "namespace n { " + Layer + " public partial class Other; } namespace N { " + Layer + " public partial class Other; }");
        Assert.Equal(4, check.GeneratedFiles.Count);
        Assert.Equal(4, check.GeneratedFiles.Select(f => f.ToUpperInvariant()).Distinct().Count());
        Assert.Empty(check.CompilerErrors);
    }

    [Fact]
    public void File_local_layers_are_CONV013_each()
    {
        var check = Check(Layer + " file partial class L;", Layer + " file partial class L;");
        Assert.Equal(new[] { "CONV013", "CONV013" }, check.Ids);
        Assert.Empty(check.GeneratedFiles);
    }

    [Theory]
    [InlineData("namespace N.@int { " + Layer + " public partial class L; }")]
    [InlineData("namespace N { " + Layer + " public partial class @class; }")]
    [InlineData("namespace N { public partial class @struct { " + Layer + " public partial class @int; } }")]
    [InlineData(Layer + " public readonly partial struct L;")]
    [InlineData(Layer + " public partial record L;")]
    [InlineData(Layer + " public partial record struct L;")]
    [InlineData(Layer + " public readonly partial record struct L;")]
    [InlineData(Layer + " public sealed partial class L { public L(int scale) : this() { Scale = scale; } public int Scale { get; } public float[] Forward(float[] x, int times) => x; }")]
    [InlineData(Layer + " public partial struct L { public L(int scale) { } }")]
    [InlineData("public class Base { } " + Layer + " public partial class L : Base;")]
    [InlineData("public class Base { protected Base(int x = 1) { } } " + Layer + " public partial class L : Base;")]
    [InlineData(Layer + " public abstract partial class L;")]
    [InlineData(Layer + " public ref partial struct L;")]
    [InlineData(Layer + " internal sealed partial class L;")]
    [InlineData("public partial class Outer { " + Layer + " private partial class A; " + Other + " private partial class B; [Conv.Composite(typeof(A), typeof(B))] public partial class AB; }")]
    [InlineData("public partial class Outer { " + Layer + " internal partial class A; " + Other + " internal partial class B; [Conv.Composite(typeof(A), typeof(B))] public partial class AB; }")]
    [InlineData("public partial struct Outer { " + Layer + " private partial struct A; " + Other + " private partial struct B; [Conv.Composite(typeof(A), typeof(B))] public partial struct AB; }")]
    // Kernels that seldom come up, without a warning in their files either: dot products with an activation and no bias,
    // a 1x1 depthwise layer whose taps are the loaded rows as they are.
    [InlineData("[Conv.Conv2d(4, 4, 3, Padding = 1, Stride = 2, Dilation = 2, Bias = false, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 5, InputWidth = 5, Activation = Conv.Activation.Relu)] public partial class L;")]
    [InlineData("[Conv.Conv2d(6, 6, 1, Groups = 6, InputHeight = 8, InputWidth = 8)] public partial class L;")]
    public void Supported_forms_compile_without_diagnostics(string source) => Works(source);

    [Theory]
    [InlineData(Layer + " public static partial class L;")]
    [InlineData(Layer + " public partial class L(int x);")]
    [InlineData(Layer + " public partial record L(int X);")]
    [InlineData(Layer + " public partial class L { public L() { } }")]
    [InlineData(Layer + " public partial class L { public L(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b) { } }")]
    [InlineData(Layer + " public partial class L { public L(int scale) { } }")]
    [InlineData(Layer + " public partial class L { public int Forward; }")]
    [InlineData(Layer + " public partial class L { public void Forward(System.ReadOnlySpan<float> x, System.Span<float> y) { } }")]
    [InlineData(Layer + " public partial class L { public int Weight => 1; }")]
    [InlineData(Layer + " public partial class L { public class Bias { } }")]
    [InlineData(Layer + " public partial class L { private static void ForwardVector512() { } }")]
    [InlineData(Layer + " public partial class L { private int ForwardNumerics; }")]
    [InlineData(Layer + " public partial class L { private static void ForwardNumerics128() { } }")]
    [InlineData(Layer + " public partial class L { private static void Gather() { } }")]
    [InlineData(Layer + " public partial class L { private static float MultiplyAdd(float a, float b, float c) => a * b + c; }")]
    [InlineData(Layer + " public partial class L { private static void PackWeights() { } }")]
    [InlineData(Layer + " public partial class L { private static int t_readAhead; }")]
    [InlineData(Layer + " public partial class L { public void ForwardItemsVector512() { } }")]
    [InlineData(Layer + " public partial class L { private float[] RearrangedWeight() => null!; }")]
    [InlineData(Layer + " public partial class L { private readonly object _rearranged = new(); }")]
    [InlineData(Layer + " public partial class Forward;")]
    [InlineData(Layer + " public partial class Weight;")]
    [InlineData(Layer + " public partial class InputLength;")]
    [InlineData(Layer + " public partial class PaddingMode;")]
    [InlineData(Layer + " public partial class Base; " + Layer + " public partial class L : Base;")]
    [InlineData("file partial class Outer { " + Layer + " public partial class L; }")]
    [InlineData("[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class A; [Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class B; [Conv.Composite(typeof(A), typeof(B))] public abstract partial class AB;")]
    [InlineData("[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class A; [Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class B; [Conv.Composite(typeof(A), typeof(B))] public partial class Compose;")]
    public void Unsupported_forms_are_one_CONV013(string source) => Rejected("CONV013", source);

    // The user's own code already fails to compile here (no base constructor to call); ours says what the layer needs.
    [Theory]
    [InlineData("public class Base { public Base(int x) { } } " + Layer + " public partial class L : Base;", "CS7036")]
    [InlineData("public class Base { private Base() { } public static Base Make() => new(); } " + Layer + " public partial class L : Base;", "CS0122")]
    public void Base_class_without_a_parameterless_constructor_is_CONV013(string source, string compilerError)
    {
        var check = Check(source);
        Assert.Equal(new[] { "CONV013" }, check.Ids);
        Assert.Equal(new[] { compilerError }, check.CompilerErrors);
    }

    [Fact]
    public void Attribute_on_an_interface_is_the_compiler_s_error_alone()
    {
        var check = Check(Layer + " public partial interface L { }");
        Assert.Empty(check.Diagnostics);
        Assert.Equal(new[] { "CS0592" }, check.CompilerErrors);
        Assert.Empty(check.GeneratedFiles);
    }

    [Theory]
    [InlineData("public class NotPartial { }", "typeof(NotPartial)")]
    [InlineData("public partial class Generic<T> { }", "typeof(Generic<int>)")]
    public void Composite_of_a_member_that_cannot_be_completed_reports_the_member_only(string member, string argument)
    {
        var check = Check($"{Layer} {member}", $"{Other} public partial class Second; [Conv.Composite({argument}, typeof(Second))] public partial class AB;");
        Assert.Equal(new[] { "CONV001" }, check.Ids);
        Assert.Equal(new[] { "Second.g.cs" }, check.GeneratedFiles);
    }

    [Theory]
    [InlineData("[Conv.Composite(typeof(C), typeof(A))] public partial class C;", 1)]
    [InlineData("[Conv.Composite(typeof(A), typeof(D))] public partial class C; [Conv.Composite(typeof(C), typeof(A))] public partial class D;", 2)]
    public void Composite_cycles_are_CONV014(string source, int count)
    {
        var check = Check("[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class A;", source);
        Assert.Equal(Enumerable.Repeat("CONV014", count), check.Ids);
        Assert.Equal(new[] { "A.g.cs" }, check.GeneratedFiles);
    }

    private static string Nested(int depth) =>
        "[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class H0;\n"
        + string.Concat(Enumerable.Range(1, depth).Select(i => $"[Conv.Composite(typeof(H{i - 1}), typeof(H{i - 1}))] public partial class H{i};\n"));

    [Fact]
    public void Nesting_32_deep_generates_and_33_is_CONV014()
    {
        var ok = Check(Nested(32));
        Assert.Empty(ok.Diagnostics);
        Assert.Equal(33, ok.GeneratedFiles.Count);
        var deep = Check(Nested(34));
        // H33 and H34 each name their too-deep member twice: one diagnostic each.
        Assert.Equal(new[] { "CONV014", "CONV014" }, deep.Ids);
        Assert.Equal(33, deep.GeneratedFiles.Count);
    }

    [Fact]
    public void Composites_of_composites_compose_each_type_once()
    {
        // Each H_i names H_(i-1) twice: resolving by path would cost 2^30 steps.
        var watch = Stopwatch.StartNew();
        var check = Check(Nested(30));
        Assert.Equal(31, check.GeneratedFiles.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("[Conv.Conv2d(int.MaxValue, 4, 2, InputHeight = 12, InputWidth = 16, Stride = 2, Padding = 5, Dilation = 65536)] public partial class L;")]
    [InlineData("[Conv.Conv2d(65536, 65536, 1, InputHeight = 1, InputWidth = 1)] public partial class L;")]
    [InlineData("[Conv.Conv2d(4, 4, 1, InputHeight = int.MaxValue, InputWidth = 1)] public partial class L;")]
    [InlineData("[Conv.Conv2d(1, 1, 1, InputHeight = 12, InputWidth = 16, Padding = 65536)] public partial class L;")]
    [InlineData("[Conv.Conv2d(1, 1, 14, InputHeight = 12, InputWidth = 16, Stride = int.MaxValue)] public partial class L;")]
    [InlineData("[Conv.Conv2d(1, 1, 1, InputHeight = 1, InputWidth = 1, Stride = 65536)] public partial class A; [Conv.Composite(typeof(A), typeof(A))] public partial class L;")]
    public void Impossible_sizes_are_CONV002_at_once(string source)
    {
        var watch = Stopwatch.StartNew();
        var check = Check(source);
        Assert.NotEmpty(check.Diagnostics);
        Assert.All(check.Diagnostics, d => Assert.Equal("CONV002", d.Id));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.DoesNotContain("L.g.cs", check.GeneratedFiles);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    public void NetStandard20_project_with_an_old_default_C_sharp_compiles(LanguageVersion version)
    {
        var compilation = GeneratorHarness.NetStandard20(version, "using Conv; namespace Seed { [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7)] public partial class ConvA { } [Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9)] public partial class ConvB { } [Composite(typeof(ConvA), typeof(ConvB))] public partial struct ConvAB { } }");
        var check = BuildCheck.Run(compilation);
        Assert.True(check.Failures.Length == 0, check.Failures);
        Assert.Equal(3, check.GeneratedFiles.Count);
        Assert.Empty(check.CompilerErrors);
    }

    [Fact]
    public void C_sharp_older_than_7_3_is_one_CONV015_per_layer_naming_the_fix()
    {
        var check = BuildCheck.Run(GeneratorHarness.NetStandard20(LanguageVersion.CSharp7_2, Layer + " public partial class L { }"));
        Assert.True(check.Failures.Length == 0, check.Failures);
        var diagnostic = Assert.Single(check.Diagnostics);
        Assert.Equal("CONV015", diagnostic.Id);
        Assert.Contains("<LangVersion>latest</LangVersion>", diagnostic.GetMessage());
        Assert.Empty(check.GeneratedFiles);
    }
}
