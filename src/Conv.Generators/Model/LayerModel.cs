namespace Conv.Generators.Model;

/// <summary>A containing type of a nested layer type: its declaration keyword(s) and name with type parameters.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>A member of a composite: the member type's fully qualified name and the single conv it is.</summary>
internal sealed record CompositeMember(string TypeName, string ShortName, LayerShape Shape);

/// <summary>
/// Everything the emitter needs for one <c>[Conv2d]</c> or <c>[Composite]</c> type, and nothing that ties it
/// to a compilation. <see cref="Members"/> is empty for a plain layer.
/// </summary>
internal sealed record LayerModel(
    string Namespace,
    string Name,
    string HintName,
    bool IsStruct,
    EquatableArray<ContainingType> ContainingTypes,
    LayerShape? Shape,
    EquatableArray<CompositeMember> Members,
    bool CanGenerate)
{
    public bool IsComposite => Members.Count > 0;
}

/// <summary>What the consumer's target framework offers the generated code.</summary>
internal sealed record TargetCapabilities(bool HasVector256, bool HasAggressiveOptimization);
