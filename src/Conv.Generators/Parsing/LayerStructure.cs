using System.Collections.Generic;
using System.Linq;
using Conv.Generators.Diagnostics;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Conv.Generators.Parsing;

/// <summary>A reason a chain or a set of branches is not one conv: the descriptor, the member at fault (-1: the attribute) and the message arguments.</summary>
internal readonly record struct StructureProblem(DiagnosticDescriptor Descriptor, int MemberIndex, object[] Arguments);

/// <summary>What a composite, sum or concat of resolved members is: the single conv, its activation and exact region, or why there is none.</summary>
internal sealed class Structure
{
    public List<StructureProblem> Problems { get; } = new();
    public LayerShape? Shape { get; set; }
    public ActivationModel Activation { get; set; } = ActivationModel.None;
    public Region? Exact { get; set; }
    public KernelComposition? Composition { get; set; }
    public BranchMerge? Merge { get; set; }

    /// <summary>The geometries of the members (an identity branch as its depthwise 1x1 conv), in order.</summary>
    public List<Conv2dGeometry> Members { get; } = new();
}

/// <summary>
/// The rules that make members one conv, in one place for the analyzer (which reports <see cref="Structure.Problems"/>)
/// and the generator (which emits only where there are none): a chain is linear before its last member and its layers
/// fit (<see cref="KernelComposition"/>); branches are linear and fit one kernel (<see cref="BranchMerge"/>).
/// </summary>
internal static class LayerStructure
{
    /// <summary>A <c>[Composite]</c> of members that all resolved to layers.</summary>
    public static Structure Chain(string name, IReadOnlyList<string> names, IReadOnlyList<Resolution> members)
    {
        var result = new Structure();
        for (var i = 0; i < members.Count - 1; i++)
            if (!members[i].ActivationOrNone.IsNone)
                result.Problems.Add(new StructureProblem(DiagnosticDescriptors.NonLinearMember, i,
                    new object[] { name, names[i], names[i + 1], members[i].ActivationOrNone.Kind.ToString() }));

        result.Members.AddRange(members.Select(m => m.Shape!.ToGeometry()));
        foreach (var problem in KernelComposition.CheckChain(result.Members, names))
        {
            int i = problem.LayerIndex;
            Conv2dGeometry next = result.Members[i], previous = result.Members[i - 1];
            result.Problems.Add(problem.Kind == CompositionProblemKind.Channels
                ? new StructureProblem(DiagnosticDescriptors.ChannelMismatch, i,
                    new object[] { names[i], N(next.InChannels), names[i - 1], N(previous.OutChannels) })
                : new StructureProblem(DiagnosticDescriptors.SizeMismatch, i,
                    new object[] { names[i], N(next.InputHeight), N(next.InputWidth), names[i - 1], N(previous.OutputHeight), N(previous.OutputWidth) }));
        }

        if (result.Problems.Count > 0) return result;
        try
        {
            result.Composition = new KernelComposition(result.Members);
        }
        catch (System.ArgumentException error)
        {
            result.Problems.Add(new StructureProblem(DiagnosticDescriptors.ImpossibleGeometry, -1, new object[] { name, error.Message }));
            return result;
        }

        result.Shape = LayerShape.From(result.Composition.Geometry);
        result.Activation = members[members.Count - 1].ActivationOrNone;
        result.Exact = result.Composition.ExactRegion;
        return result;
    }

    /// <summary>A <c>[Sum]</c> or <c>[Concat]</c> of branches that all resolved to layers or to the identity.</summary>
    public static Structure Branches(string name, LayerKind kind, IReadOnlyList<string> names, IReadOnlyList<Resolution> branches, ActivationModel activation)
    {
        var result = new Structure { Activation = activation };
        for (var i = 0; i < branches.Count; i++)
            if (!branches[i].ActivationOrNone.IsNone)
                result.Problems.Add(new StructureProblem(DiagnosticDescriptors.NonLinearBranch, i,
                    new object[] { name, names[i], branches[i].ActivationOrNone.Kind.ToString() }));

        var real = branches.FirstOrDefault(b => b.Kind != LayerKind.Identity);
        if (real.Shape is null)
        {
            result.Problems.Add(new StructureProblem(DiagnosticDescriptors.OnlyIdentityBranches, -1, new object[] { name }));
            return result;
        }

        result.Members.AddRange(branches.Select(b => b.Kind == LayerKind.Identity
            ? BranchMerge.IdentityGeometry(real.Shape.InChannels, real.Shape.InputHeight, real.Shape.InputWidth)
            : b.Shape!.ToGeometry()));
        var mergeKind = kind == LayerKind.Sum ? BranchKind.Sum : BranchKind.Concat;
        foreach (var problem in BranchMerge.Check(mergeKind, result.Members, names))
            result.Problems.Add(new StructureProblem(DiagnosticDescriptors.BranchMismatch, problem.BranchIndex, new object[] { name, problem.Message }));
        if (result.Problems.Count > 0) return result;

        try
        {
            result.Merge = new BranchMerge(mergeKind, result.Members);
        }
        catch (System.ArgumentException error)
        {
            result.Problems.Add(new StructureProblem(DiagnosticDescriptors.ImpossibleGeometry, -1, new object[] { name, error.Message }));
            return result;
        }

        var g = result.Merge.Geometry;
        result.Shape = LayerShape.From(g);
        // Each branch is exact where its own structure is; the merged conv equals the branches everywhere.
        var exact = new Region(0, 0, g.OutputHeight, g.OutputWidth);
        foreach (var branch in branches)
            if (branch.Exact is { } region) exact = exact.Intersect(region);
        result.Exact = exact;
        return result;
    }

    private static string N(long value) => DiagnosticDescriptors.Invariant(value);
}
