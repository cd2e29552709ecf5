namespace Conv.Generators.Model;

/// <summary>A containing type of a nested layer type: its declaration keyword(s) and its name as C# source.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>A member of a composite: the member type's fully qualified name and the single conv it is.</summary>
internal sealed record CompositeMember(string TypeName, string ShortName, LayerShape Shape);

/// <summary>
/// Everything the emitter needs for one <c>[Conv2d]</c> or <c>[Composite]</c> type, and nothing that ties it
/// to a compilation. <see cref="Members"/> is empty for a plain layer. <see cref="Name"/> and <see cref="Namespace"/>
/// are C# source (keywords escaped); <see cref="Keyword"/> is class, struct, record or record struct.
/// <see cref="ShortNames"/>: the file may declare <see cref="Emission.ShortNames"/>' aliases (no name of theirs is taken).
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
    bool ShortNames = false)
{
    public bool IsComposite => Members.Count > 0;
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
