namespace Conv.Generators.Model;

/// <summary>A containing type of a nested layer type: its declaration keyword(s) and its name as C# source.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>What a layer type is, by its attribute; <see cref="Identity"/> is the <c>Conv.Identity</c> branch marker.</summary>
internal enum LayerKind
{
    Conv2d,
    BatchNorm2d,
    Composite,
    Sum,
    Concat,
    Identity,
}

/// <summary>The activation a layer applies to its output; <see cref="NegativeSlope"/> matters for LeakyRelu only.</summary>
internal sealed record ActivationModel(Activation Kind, float NegativeSlope)
{
    public static readonly ActivationModel None = new(Activation.None, 0.01f);

    public bool IsNone => Kind == Activation.None;
}

/// <summary>
/// A member of a composite or a branch of a sum or concat: the member type's fully qualified name, its kind and the
/// single conv it is (for an identity branch, the depthwise 1x1 conv it is).
/// </summary>
internal sealed record CompositeMember(string TypeName, string ShortName, LayerShape Shape, LayerKind Kind = LayerKind.Conv2d, string? ModuleName = null);

/// <summary>
/// Everything the emitter needs for one <c>[Conv2d]</c> or <c>[Composite]</c> type, and nothing that ties it
/// to a compilation. <see cref="Members"/> is empty for a plain layer. <see cref="Name"/> and <see cref="Namespace"/>
/// are C# source (keywords escaped); <see cref="Keyword"/> is class, struct, record or record struct.
/// <see cref="ShortNames"/>: the file may declare <see cref="Emission.ShortNames"/>' aliases (no name of theirs is taken).
/// <see cref="Shape"/> is the single conv the layer is (a BatchNorm2d's depthwise 1x1 conv); <see cref="Exact"/> is where
/// a sum or concat equals its branches run one by one (null: everywhere, or a composite's own analysis).
/// <see cref="ModuleName"/>: the attribute's <c>Name</c>, the layer's module in a PyTorch state_dict. <see cref="HasLoad"/>:
/// the type gets a <c>Load</c> (it is not abstract, nor made of an abstract layer).
/// </summary>
internal sealed record LayerModel(
    string Namespace,
    string Name,
    string HintName,
    string Keyword,
    bool IsStruct,
    EquatableArray<ContainingType> ContainingTypes,
    LayerShape? Shape,
    EquatableArray<CompositeMember> Members,
    string ComposeAccessibility,
    bool CanGenerate,
    bool ShortNames = false,
    LayerKind Kind = LayerKind.Conv2d,
    ActivationModel? Activation = null,
    double Eps = 1e-5,
    Region? Exact = null,
    string? ModuleName = null,
    bool HasLoad = true)
{
    public bool IsComposite => Kind == LayerKind.Composite;

    public bool IsBranches => Kind is LayerKind.Sum or LayerKind.Concat;

    public ActivationModel ActivationOrNone => Activation ?? ActivationModel.None;
}

/// <summary>What the consumer's target framework and C# version offer the generated code.</summary>
internal sealed record TargetCapabilities(
    bool HasVector256, bool HasAvx512, bool HasNumericsVector, bool HasAggressiveOptimization, bool HasNullableAnnotations, bool HasParameterlessStructConstructors,
    bool SupportsLanguage)
{
    /// <summary>C# 10, like parameterless struct constructors: a file-scoped namespace saves every line a level of indentation.</summary>
    public bool HasFileScopedNamespaces => HasParameterlessStructConstructors;

    /// <summary>Spans as ref locals and ref returns: the oldest C# the generated code compiles with (without nullable annotations below C# 8).</summary>
    public const Microsoft.CodeAnalysis.CSharp.LanguageVersion MinimumLanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;
}
