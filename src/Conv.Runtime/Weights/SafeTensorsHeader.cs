using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Conv;

/// <summary>One tensor of a safetensors header: its name, dtype, shape and byte range in the data that follows the header.</summary>
internal sealed class TensorEntry
{
    public TensorEntry(string name, string dtype, int[] shape, long begin, long end)
    {
        Name = name;
        DType = dtype;
        Shape = shape;
        Begin = begin;
        End = end;
    }

    public string Name { get; }
    public string DType { get; }
    public int[] Shape { get; }
    public long Begin { get; }
    public long End { get; }

    public long ElementCount
    {
        get
        {
            long count = 1;
            foreach (var d in Shape) count *= d; // checked at parse: within the data, so no overflow
            return count;
        }
    }

    public string ShapeText => SafeTensorsHeader.ShapeText(Shape);
}

/// <summary>
/// The safetensors header, parsed and validated as the format's reference implementation does: a JSON object of tensors
/// (dtype, shape, data_offsets) and an optional <c>__metadata__</c> of strings; byte sizes equal to the element count
/// times the dtype's size (no overflow); offsets that cover the data exactly, in order, without gaps or overlaps. The
/// runtime reads files with it; the analyzer checks a header extracted at build time (without the data's length).
/// </summary>
internal static class SafeTensorsHeader
{
    /// <summary>The largest header the reference implementation accepts.</summary>
    public const long MaxHeaderLength = 100_000_000;

    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["BOOL"] = 1, ["U8"] = 1, ["I8"] = 1, ["F8_E5M2"] = 1, ["F8_E4M3"] = 1, ["I16"] = 2, ["U16"] = 2, ["F16"] = 2, ["BF16"] = 2,
        ["I32"] = 4, ["U32"] = 4, ["F32"] = 4, ["F64"] = 8, ["I64"] = 8, ["U64"] = 8,
    };

    /// <summary>Whether <c>SafeTensors.ReadFloat32</c> converts this dtype.</summary>
    public static bool IsFloat(string dtype) => dtype is "F32" or "F16" or "BF16" or "F64";

    public static int Size(string dtype) => Sizes[dtype];

    public static string ShapeText(IReadOnlyList<int> shape)
    {
        var parts = new string[shape.Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = shape[i].ToString(CultureInfo.InvariantCulture);
        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>
    /// Parses <paramref name="json"/>; with <paramref name="dataLength"/> also checks that the tensors cover the data
    /// exactly. Tensors come back in the order of their data.
    /// </summary>
    /// <exception cref="InvalidDataException">Anything the format does not allow, said in words.</exception>
    public static List<TensorEntry> Parse(string json, long? dataLength, out Dictionary<string, string> metadata)
    {
        HeaderJson.Value root;
        try
        {
            root = HeaderJson.Parse(json);
        }
        catch (FormatException error)
        {
            throw new InvalidDataException("safetensors header is not valid JSON: " + error.Message, error);
        }

        return Parse(root, dataLength, out metadata);
    }

    /// <summary>As <see cref="Parse(string, long?, out Dictionary{string, string})"/>, from the header already parsed as JSON.</summary>
    /// <exception cref="InvalidDataException">Anything the format does not allow, said in words.</exception>
    public static List<TensorEntry> Parse(HeaderJson.Value root, long? dataLength, out Dictionary<string, string> metadata)
    {
        if (root is not HeaderJson.Object header) throw new InvalidDataException("safetensors header is not a JSON object");
        metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var tensors = new List<TensorEntry>();
        foreach (var member in header.Members)
        {
            if (member.Key == "__metadata__")
            {
                if (member.Value is not HeaderJson.Object values) throw new InvalidDataException("safetensors __metadata__ is not an object of strings");
                foreach (var pair in values.Members)
                    metadata[pair.Key] = pair.Value is HeaderJson.String text
                        ? text.Text
                        : throw new InvalidDataException($"safetensors __metadata__ value \"{pair.Key}\" is not a string");
                continue;
            }

            tensors.Add(Entry(member.Key, member.Value));
        }

        tensors.Sort((a, b) => a.Begin != b.Begin ? a.Begin.CompareTo(b.Begin) : a.End.CompareTo(b.End));
        long expected = 0;
        foreach (var tensor in tensors)
        {
            if (tensor.Begin != expected)
                throw new InvalidDataException(tensor.Begin > expected
                    ? $"safetensors tensor \"{tensor.Name}\" starts at byte {tensor.Begin} of the data, leaving a gap after byte {expected}"
                    : $"safetensors tensor \"{tensor.Name}\" starts at byte {tensor.Begin} of the data, overlapping the tensor before it (which ends at byte {expected})");
            expected = tensor.End;
        }

        if (dataLength is { } length && expected != length)
            throw new InvalidDataException(expected > length
                ? $"safetensors tensors need {expected} bytes of data but the file holds {length}"
                : $"safetensors tensors cover {expected} bytes of data but the file holds {length}: {length - expected} bytes belong to no tensor");
        return tensors;
    }

    /// <summary>": its first two axes look swapped (...)" when <paramref name="actual"/> is <paramref name="expected"/> with two axes exchanged; empty otherwise.</summary>
    public static string AxesHint(IReadOnlyList<int> actual, IReadOnlyList<int> expected)
    {
        if (actual.Count != expected.Count) return "";
        for (var a = 0; a < actual.Count; a++)
        for (var b = a + 1; b < actual.Count; b++)
        {
            if (actual[a] == actual[b]) continue;
            var swapped = new int[actual.Count];
            for (var i = 0; i < swapped.Length; i++) swapped[i] = actual[i];
            (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
            if (!SameShape(swapped, expected)) continue;
            return a == 0 && b == 1 && actual.Count == 4
                ? ": its first two axes look swapped (IOHW, as a ConvTranspose2d's weight, where OIHW is expected)"
                : $": its axes {a} and {b} look swapped";
        }

        return "";
    }

    /// <summary>Whether two shapes are the same, axis by axis.</summary>
    public static bool SameShape(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (a[i] != b[i]) return false;
        return true;
    }

    private static TensorEntry Entry(string name, HeaderJson.Value value)
    {
        string Where(string what) => $"safetensors tensor \"{name}\" {what}";
        if (value is not HeaderJson.Object info) throw new InvalidDataException(Where("is not an object"));
        if (info["dtype"] is not HeaderJson.String dtypeText) throw new InvalidDataException(Where("has no dtype string"));
        var dtype = dtypeText.Text;
        if (!Sizes.TryGetValue(dtype, out var size)) throw new InvalidDataException(Where($"has the unknown dtype \"{dtype}\""));
        if (info["shape"] is not HeaderJson.Array shapeArray) throw new InvalidDataException(Where("has no shape array"));
        var shape = new int[shapeArray.Items.Count];
        var elements = (System.Numerics.BigInteger)1;
        for (var i = 0; i < shape.Length; i++)
        {
            if (shapeArray.Items[i] is not HeaderJson.Number n || !n.TryGetNonNegative(out var d) || d > int.MaxValue)
                throw new InvalidDataException(Where($"has a shape whose dimension {i} is not an integer from 0 to {int.MaxValue}"));
            shape[i] = (int)d;
            elements *= d;
        }

        if (info["data_offsets"] is not HeaderJson.Array offsets || offsets.Items.Count != 2
            || offsets.Items[0] is not HeaderJson.Number beginText || !beginText.TryGetNonNegative(out var begin)
            || offsets.Items[1] is not HeaderJson.Number endText || !endText.TryGetNonNegative(out var end))
            throw new InvalidDataException(Where("has no data_offsets [begin, end] of non-negative integers"));
        if (end < begin) throw new InvalidDataException(Where($"ends (byte {end}) before it begins (byte {begin})"));
        var bytes = elements * size;
        if (bytes != end - begin)
            throw new InvalidDataException(Where($"has shape {ShapeText(shape)} of {dtype}, {bytes} bytes, but data_offsets [{begin}, {end}] hold {end - begin}"));
        return new TensorEntry(name, dtype, shape, begin, end);
    }
}
