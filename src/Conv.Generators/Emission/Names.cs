using System.Linq;

namespace Conv.Generators.Emission;

internal static class Names
{
    public const string Tool = "Conv.Generators";
    public static readonly string Version = typeof(Names).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    public const string Avx512F = "global::System.Runtime.Intrinsics.X86.Avx512F";
    public const string Avx2 = "global::System.Runtime.Intrinsics.X86.Avx2";
    public const string Avx = "global::System.Runtime.Intrinsics.X86.Avx";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan<float>";
    public const string Span = "global::System.Span<float>";
    public const string Lengths = "global::Conv.Lengths";
    public const string Nchw = "[global::Conv.Layout(global::Conv.TensorLayout.Nchw)]";
    public const string Oihw = "[global::Conv.Layout(global::Conv.TensorLayout.Oihw)]";

    private static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };

    /// <summary>The parameter name of the composite's member <paramref name="index"/>: first, second, ...</summary>
    public static string Ordinal(int index) => index < Ordinals.Length ? Ordinals[index] : "layer" + (index + 1);

    /// <summary><c>variable * scale + offset</c>, written as a person would: no "* 1", no "+ 0", "- 2" rather than "+ -2".</summary>
    public static string Affine(string variable, int scale, int offset)
    {
        var product = scale == 0 ? "" : scale == 1 ? variable : $"{variable} * {scale}";
        if (product.Length == 0) return offset.ToString();
        return offset == 0 ? product : offset > 0 ? $"{product} + {offset}" : $"{product} - {-offset}";
    }

    private static readonly string[] LayerMembers =
    {
        "InChannels", "OutChannels", "KernelHeight", "KernelWidth", "StrideHeight", "StrideWidth", "PaddingHeight", "PaddingWidth",
        "DilationHeight", "DilationWidth", "Groups", "InputHeight", "InputWidth", "OutputHeight", "OutputWidth", "HasBias", "PaddingMode",
        "InputLength", "OutputLength", "WeightLength", "BiasLength", "Weight", "Bias", "Forward", "Load",
        "_weight", "_bias", "NoWeights", "t_view", "t_flat", "t_job", "Pad", "ForwardItem", "ForwardVector", "ForwardAvx512", "ForwardVector128", "ForwardScalar", "ForwardVector512", "ForwardNumerics", "ForwardNumerics128", "ForwardNumerics512", "MultiplyAdd", "Gather", "PackWeights", "t_readAhead", "ForwardItemsVector512", "ParallelForward",
        ChannelEmitter.KeptField, ChannelEmitter.OwnWeightProperty, ChannelEmitter.RearrangedMethod,
    };

    private static readonly string[] CompositeMembers = { "IsExact", "ExactRegion", "Compose", "ComposeKernels", "Widen", "FoldBatchNorm", "Activation", "NegativeSlope" };

    private static readonly string[] BatchNormMembers =
    {
        "InChannels", "OutChannels", "InputHeight", "InputWidth", "OutputHeight", "OutputWidth", "InputLength", "OutputLength", "Eps",
        "Activation", "NegativeSlope", "Weight", "Bias", "RunningMean", "RunningVar", "Forward", "_weight", "_bias", "_runningMean", "_runningVar",
        "NoWeights", "ForwardPlane", "Load",
    };

    /// <summary>The members the generated code declares in a layer type of <paramref name="kind"/>, for finding names that clash.</summary>
    public static System.Func<string, bool> GeneratedMembers(Model.LayerKind kind) => name =>
        kind == Model.LayerKind.BatchNorm2d
            ? System.Array.IndexOf(BatchNormMembers, name) >= 0
            : System.Array.IndexOf(LayerMembers, name) >= 0 || name is "Activation" or "NegativeSlope"
              || (kind != Model.LayerKind.Conv2d && (System.Array.IndexOf(CompositeMembers, name) >= 0
                  || (name.StartsWith("ComposeStep", System.StringComparison.Ordinal) && name.Length > 11 && name.Substring(11).All(char.IsDigit))));

    /// <summary>An identifier as C# source: a keyword gets '@'.</summary>
    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A C# string literal of <paramref name="value"/>, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("x4"));
            else builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A float literal that reads back to the same value.</summary>
    public static string Float(float value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f";

    /// <summary>A double literal that reads back to the same value.</summary>
    public static string Double(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
    }

    public static string Mode(PaddingMode mode) => "global::Conv.PaddingMode." + mode;
}
