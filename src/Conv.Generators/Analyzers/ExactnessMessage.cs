using System.Collections.Generic;
using System.Linq;

namespace Conv.Generators.Analyzers;

/// <summary>
/// Words for CONV005: where a composite differs from its sequence, why, and a change of padding that makes
/// it exact, each suggestion checked with <see cref="KernelComposition"/> before it is offered.
/// </summary>
internal static class ExactnessMessage
{
    /// <summary>The arguments of CONV005's message: the composite, the sequence, where, why, and the fixes.</summary>
    public static object[] Arguments(string composite, IReadOnlyList<string> names, KernelComposition composition, IReadOnlyList<Parsing.Resolution> members)
    {
        var where = new List<string>();
        if (composition.InexactRows.Count > 0) where.Add("rows " + Indices(composition.InexactRows));
        if (composition.InexactColumns.Count > 0) where.Add("columns " + Indices(composition.InexactColumns));
        return new object[]
        {
            composite, string.Join(" then ", names), string.Join(" and ", where), string.Join("; ", Reasons(names, composition, members)), Fixes(names, composition.Layers, members),
        };
    }

    private static IEnumerable<string> Reasons(IReadOnlyList<string> names, KernelComposition composition, IReadOnlyList<Parsing.Resolution> members)
    {
        var layers = composition.Layers;
        var reasons = new List<string>();
        for (var k = 1; k < layers.Count; k++)
        {
            var padded = layers[k].PaddingHeight > 0 || layers[k].PaddingWidth > 0;
            if (!padded) continue;
            if (layers[k].PaddingMode == PaddingMode.Zeros)
            {
                if (composition.Causes.HasFlag(InexactCause.IntermediateZeroPadding))
                    reasons.Add($"{names[k]} pads {names[k - 1]}'s output with zeros where the composite sees real values");
                var biased = Enumerable.Range(0, k).Where(j => layers[j].HasBias).ToList();
                var convs = biased.Where(j => members[j].Kind != Model.LayerKind.BatchNorm2d).Select(j => names[j]).ToList();
                var norms = biased.Where(j => members[j].Kind == Model.LayerKind.BatchNorm2d).Select(j => names[j]).ToList();
                if (composition.Causes.HasFlag(InexactCause.MissingBias) && convs.Count > 0)
                    reasons.Add($"the bias of {string.Join(" and ", convs)} is missing from that zero padding but the composite adds it everywhere");
                if (composition.Causes.HasFlag(InexactCause.MissingBias) && norms.Count > 0)
                    reasons.Add($"{names[k]}'s zero padding holds zeros where the sequence's {string.Join(" and ", norms)} would give beta - mean * scale, " +
                                "which the folded conv adds everywhere");
            }
            else if (composition.Causes.HasFlag(InexactCause.PaddingMode))
            {
                reasons.Add($"{names[k]}'s {layers[k].PaddingMode} padding reads other values than the composite's {layers[0].PaddingMode} padding");
            }
        }

        return reasons.Count > 0 ? reasons : new[] { "its padding reads other values than the sequence's" };
    }

    // Padding is a property of [Conv2d] only: a fix that changes the padding of a BatchNorm2d, composite, sum or concat
    // is no fix the user can make.
    private static string Fixes(IReadOnlyList<string> names, IReadOnlyList<Conv2dGeometry> layers, IReadOnlyList<Parsing.Resolution> members)
    {
        var fixes = new List<string>();
        bool Editable(int i) => members[i].Kind == Model.LayerKind.Conv2d;
        var full = FullPaddingFirst(layers);
        if (full is not null && Editable(0) && Enumerable.Range(1, layers.Count - 1).All(i => Editable(i) || layers[i].PaddingHeight + layers[i].PaddingWidth == 0) && IsExact(full))
        {
            var first = full[0].PaddingHeight == full[0].PaddingWidth
                ? $"padding {full[0].PaddingHeight} (full)"
                : $"PaddingHeight {full[0].PaddingHeight} and PaddingWidth {full[0].PaddingWidth} (full)";
            fixes.Add($"give {names[0]} {first} and {string.Join(" and ", names.Skip(1))} padding 0");
        }

        // Without padding the sequence reads real values only, as the composite does: exact, with a smaller output (where moving
        // the padding to the first layer is not possible, as for a BatchNorm2d first).
        var padded = Enumerable.Range(0, layers.Count).Where(i => layers[i].PaddingHeight + layers[i].PaddingWidth > 0).ToList();
        if (fixes.Count == 0 && padded.Count > 0 && padded.All(Editable) && Valid(layers))
            fixes.Add($"give {string.Join(" and ", padded.Select(i => names[i]))} padding 0 (valid, with a smaller output)");

        // A BatchNorm2d (or a conv) before a padded layer commutes with reflect, replicate and circular padding.
        var modes = Enumerable.Range(0, layers.Count).All(i => Editable(i) || layers[i].PaddingHeight + layers[i].PaddingWidth == 0)
            ? new[] { PaddingMode.Reflect, PaddingMode.Replicate, PaddingMode.Circular }
                .Where(mode => WithMode(layers, mode) is { } variant && IsExact(variant)).Select(mode => "PaddingMode." + mode).ToList()
            : new List<string>();
        if (modes.Count > 0) fixes.Add("use " + (modes.Count == 1 ? modes[0] : string.Join(", ", modes.Take(modes.Count - 1)) + " or " + modes[modes.Count - 1]));
        // Changing the padding changes what a trained model computes: keeping the layers is always an option.
        const string keep = "keep the layers as they are and read the composite only inside its ExactRegion";
        return fixes.Count > 0
            ? string.Join(", or ", fixes) + ", or " + keep
            : "no padding of these layers makes it exact; " + keep;
    }

    /// <summary>The same layers with all padding moved to the first: the same composite, read only where the sequence is real.</summary>
    public static Conv2dGeometry[]? FullPaddingFirst(IReadOnlyList<Conv2dGeometry> layers)
    {
        var composite = KernelComposition.ComposeGeometry(layers);
        var result = new Conv2dGeometry[layers.Count];
        int height = layers[0].InputHeight, width = layers[0].InputWidth;
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = Variant(layers[i], height, width, i == 0 ? composite.PaddingHeight : 0, i == 0 ? composite.PaddingWidth : 0, layers[i].PaddingMode);
            if (layer is null) return null;
            result[i] = layer;
            height = layer.OutputHeight;
            width = layer.OutputWidth;
        }

        return result;
    }

    // Every layer without padding, each reading the previous one's smaller output: a possible geometry?
    private static bool Valid(IReadOnlyList<Conv2dGeometry> layers)
    {
        int height = layers[0].InputHeight, width = layers[0].InputWidth;
        foreach (var layer in layers)
        {
            var variant = Variant(layer, height, width, 0, 0, layer.PaddingMode);
            if (variant is null) return false;
            height = variant.OutputHeight;
            width = variant.OutputWidth;
        }

        return true;
    }

    private static Conv2dGeometry[]? WithMode(IReadOnlyList<Conv2dGeometry> layers, PaddingMode mode)
    {
        var result = new Conv2dGeometry[layers.Count];
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = Variant(layers[i], layers[i].InputHeight, layers[i].InputWidth, layers[i].PaddingHeight, layers[i].PaddingWidth, mode);
            if (layer is null) return null;
            result[i] = layer;
        }

        return result;
    }

    // The layer with another input size, padding or mode; null when that geometry is impossible.
    private static Conv2dGeometry? Variant(Conv2dGeometry l, int inputHeight, int inputWidth, int paddingHeight, int paddingWidth, PaddingMode mode) =>
        Conv2dGeometry.Validate(l.InChannels, l.OutChannels, l.KernelHeight, l.KernelWidth, inputHeight, inputWidth, l.StrideHeight, l.StrideWidth,
            paddingHeight, paddingWidth, l.DilationHeight, l.DilationWidth, l.Groups, mode).Count > 0
            ? null
            : new Conv2dGeometry(l.InChannels, l.OutChannels, l.KernelHeight, l.KernelWidth, inputHeight, inputWidth, l.StrideHeight, l.StrideWidth,
                paddingHeight, paddingWidth, l.DilationHeight, l.DilationWidth, l.Groups, l.HasBias, mode);

    public static bool IsExact(IReadOnlyList<Conv2dGeometry> layers)
    {
        try
        {
            return new KernelComposition(layers).IsExact;
        }
        catch (System.ArgumentException)
        {
            return false;
        }
    }

    /// <summary>"0 and 9", "0, 1, 8 and 9", "0..3 and 12..15".</summary>
    public static string Indices(IReadOnlyList<int> indices)
    {
        var parts = new List<string>();
        for (var i = 0; i < indices.Count;)
        {
            var j = i;
            while (j + 1 < indices.Count && indices[j + 1] == indices[j] + 1) j++;
            if (j - i >= 2) parts.Add($"{indices[i]}..{indices[j]}");
            else for (var k = i; k <= j; k++) parts.Add(indices[k].ToString(System.Globalization.CultureInfo.InvariantCulture));
            i = j + 1;
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }
}
