using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Conv.Generators.Parsing;

/// <summary>What a type named in a <c>[Composite]</c> turned out to be.</summary>
internal enum MemberStatus
{
    /// <summary>A layer the generator completes: <see cref="Resolution.Shape"/> is the single conv it is.</summary>
    Layer,

    /// <summary>No <c>[Conv2d]</c> or <c>[Composite]</c> at all.</summary>
    NotALayer,

    /// <summary>A layer type with a problem of its own, which its own declaration reports.</summary>
    Invalid,

    /// <summary>A composite that, through its members, composes itself.</summary>
    Cycle,

    /// <summary>Composites nested deeper than <see cref="LayerResolver.MaxDepth"/>.</summary>
    TooDeep,
}

/// <summary>
/// A resolved layer type; <see cref="Detail"/> names the cycle for <see cref="MemberStatus.Cycle"/>. A layer has the
/// single conv it is (<see cref="Shape"/>; none for an identity branch), the activation it applies and, for a
/// composite, sum or concat, where it equals running its members (<see cref="Exact"/>; null: everywhere).
/// </summary>
internal readonly record struct Resolution(
    MemberStatus Status, LayerShape? Shape, string Detail = "", LayerKind Kind = LayerKind.Conv2d, ActivationModel? Activation = null, Region? Exact = null)
{
    public ActivationModel ActivationOrNone => Activation ?? ActivationModel.None;

    /// <summary>A layer a member of <paramref name="kind"/> may be: any, but the identity only as a branch.</summary>
    public bool FitsIn(LayerKind kind) => Status == MemberStatus.Layer && (kind != LayerKind.Composite || Kind != LayerKind.Identity);

    public static readonly Resolution Identity = new(MemberStatus.Layer, null, Kind: LayerKind.Identity);
}

/// <summary>
/// Resolves layer types to the single conv each is, composites through their members. Each type is resolved once
/// per resolver, so composites of composites cost linear time, not a walk per path; a type met again on its own
/// path is a cycle, and a path of more than <see cref="MaxDepth"/> composites is refused before it gets longer.
/// </summary>
internal sealed class LayerResolver
{
    public const int MaxDepth = 32;

    private readonly Dictionary<INamedTypeSymbol, Resolution> _resolved = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _path = new();
    private readonly CancellationToken _cancellationToken;

    public LayerResolver(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public Resolution Resolve(INamedTypeSymbol type)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var index = _path.FindIndex(t => SymbolEqualityComparer.Default.Equals(t, type));
        if (index >= 0)
            return new Resolution(MemberStatus.Cycle, null,
                string.Join(" -> ", _path.Skip(index).Append(type).Select(t => t.Name)));
        if (_resolved.TryGetValue(type, out var known)) return known;

        var result = ResolveUncached(type);
        _resolved[type] = result;
        return result;
    }

    /// <summary>
    /// Resolves the members of <paramref name="composite"/> (a composite, sum or concat), one resolution per argument,
    /// with the composite itself on the path. <c>typeof(Identity)</c> is <see cref="Resolution.Identity"/>.
    /// </summary>
    public IReadOnlyList<Resolution> ResolveMembersOf(INamedTypeSymbol composite, IReadOnlyList<INamedTypeSymbol?> members)
    {
        _path.Add(composite);
        try
        {
            return members.Select(ResolveMember).ToList();
        }
        finally
        {
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private Resolution ResolveMember(INamedTypeSymbol? member) =>
        member is null ? new Resolution(MemberStatus.NotALayer, null)
        : LayerAttributes.IsIdentity(member) ? Resolution.Identity
        : Resolve(member);

    private Resolution ResolveUncached(INamedTypeSymbol type)
    {
        var attributes = LayerAttributes.Of(type);
        if (attributes.Count == 0) return new Resolution(MemberStatus.NotALayer, null);
        if (!DeclarationRules.CanComplete(type, _cancellationToken)) return new Resolution(MemberStatus.Invalid, null);

        var attribute = attributes[0];
        var kind = LayerAttributes.KindOf(attribute)!.Value;
        if (kind is LayerKind.Conv2d or LayerKind.BatchNorm2d)
        {
            return LayerReader.ReadValidLeaf(attribute, kind, out _) is { } shape
                ? new Resolution(MemberStatus.Layer, shape, Kind: kind, Activation: LayerReader.ReadActivation(attribute))
                : new Resolution(MemberStatus.Invalid, null);
        }

        if (_path.Count >= MaxDepth) return new Resolution(MemberStatus.TooDeep, null);
        _path.Add(type);
        try
        {
            var members = Members(attribute);
            if (members is null || members.Count < 2) return new Resolution(MemberStatus.Invalid, null);
            var resolutions = new List<Resolution>();
            foreach (var member in members)
            {
                var resolution = ResolveMember(member);
                if (resolution.Status is MemberStatus.Cycle or MemberStatus.TooDeep) return resolution;
                if (!resolution.FitsIn(kind)) return new Resolution(MemberStatus.Invalid, null);
                resolutions.Add(resolution);
            }

            var structure = Combine(type, attribute, kind, members, resolutions);
            return structure.Problems.Count > 0
                ? new Resolution(MemberStatus.Invalid, null)
                : new Resolution(MemberStatus.Layer, structure.Shape, Kind: kind, Activation: structure.Activation, Exact: structure.Exact);
        }
        finally
        {
            _path.RemoveAt(_path.Count - 1);
        }
    }

    /// <summary>The structure of a composite, sum or concat whose members all resolved to layers (or identities in branches).</summary>
    public static Structure Combine(INamedTypeSymbol type, AttributeData attribute, LayerKind kind, IReadOnlyList<INamedTypeSymbol?> members, IReadOnlyList<Resolution> resolutions)
    {
        var names = members.Select(m => m!.Name).ToList();
        if (kind == LayerKind.Composite) return LayerStructure.Chain(type.Name, names, resolutions);
        var structure = LayerStructure.Branches(type.Name, kind, names, resolutions, LayerReader.ReadActivation(attribute));
        if (LayerReader.ActivationProblem(attribute) is { } activation)
            structure.Problems.Add(new StructureProblem(Diagnostics.DiagnosticDescriptors.ImpossibleGeometry, -1, new object[] { type.Name, activation }));
        return structure;
    }

    /// <summary>The types a <c>[Composite]</c>, <c>[Sum]</c> or <c>[Concat]</c> names, null entries for arguments that are not named types; null when the argument list does not bind.</summary>
    public static IReadOnlyList<INamedTypeSymbol?>? Members(AttributeData composite)
    {
        if (composite.ConstructorArguments.Length != 1) return null;
        var argument = composite.ConstructorArguments[0];
        // [Composite(null)] binds with a null array.
        if (argument.Kind != TypedConstantKind.Array || argument.IsNull) return null;
        return argument.Values.Select(v => v.Value as INamedTypeSymbol).ToList();
    }
}
