using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Conv.Generators.Emission;

/// <summary>
/// The names generated code uses most, written short through <c>using</c> aliases at the top of its file:
/// <c>Unsafe.Add</c> rather than <c>global::System.Runtime.CompilerServices.Unsafe.Add</c>. The emitters write full
/// names; <see cref="Apply"/> shortens them. A file gets the aliases only where none of their names means anything at
/// the layer's declaration (<c>LayerReader</c> checks, see <see cref="Lookups"/>), since a type, namespace or member of
/// that name in the user's code would clash with an alias or hide it. Each file declares only the aliases it uses.
/// </summary>
internal static class ShortNames
{
    private const string Intrinsics = "global::System.Runtime.Intrinsics.";
    private const string CompilerServices = "global::System.Runtime.CompilerServices.";

    // Alias, the full name it replaces in the text, and the type it stands for; the generic names first, since
    // "Vector256<float>" starts with "Vector256".
    private static readonly (string Alias, string Text, string Target)[] All =
    {
        ("Float16", Intrinsics + "Vector512<float>", Intrinsics + "Vector512<float>"),
        ("Float8", Intrinsics + "Vector256<float>", Intrinsics + "Vector256<float>"),
        ("Float4", Intrinsics + "Vector128<float>", Intrinsics + "Vector128<float>"),
        ("FloatN", "global::System.Numerics.Vector<float>", "global::System.Numerics.Vector<float>"),
        ("VectorN", "global::System.Numerics.Vector", "global::System.Numerics.Vector"),
        ("Vector512", Intrinsics + "Vector512", Intrinsics + "Vector512"),
        ("Vector256", Intrinsics + "Vector256", Intrinsics + "Vector256"),
        ("Vector128", Intrinsics + "Vector128", Intrinsics + "Vector128"),
        ("Fma", Intrinsics + "X86.Fma", Intrinsics + "X86.Fma"),
        ("Avx512F", Intrinsics + "X86.Avx512F", Intrinsics + "X86.Avx512F"),
        ("Avx2", Intrinsics + "X86.Avx2", Intrinsics + "X86.Avx2"),
        ("Avx", Intrinsics + "X86.Avx", Intrinsics + "X86.Avx"),
        ("AdvSimd", Intrinsics + "Arm.AdvSimd", Intrinsics + "Arm.AdvSimd"),
        ("Unsafe", CompilerServices + "Unsafe", CompilerServices + "Unsafe"),
        ("MemoryMarshal", "global::System.Runtime.InteropServices.MemoryMarshal", "global::System.Runtime.InteropServices.MemoryMarshal"),
        ("MethodImplOptions", CompilerServices + "MethodImplOptions", CompilerServices + "MethodImplOptions"),
    };

    // A full name followed by more of a name, or by type arguments other than those of the generic aliases, stays.
    private static readonly (string Alias, Regex Pattern, string Target)[] Patterns =
        All.Select(a => (a.Alias, new Regex(Regex.Escape(a.Text) + (a.Text.EndsWith(">") ? "" : @"(?![\w<])"), RegexOptions.CultureInvariant), a.Target)).ToArray();

    /// <summary>
    /// Each alias name, and the metadata name of the type it stands for where the user seeing that same type under
    /// that name is harmless (a <c>using System.Runtime.CompilerServices;</c> of theirs, say); null where any symbol of
    /// that name is a clash.
    /// </summary>
    public static readonly (string Name, string? MetadataName)[] Lookups = All.Select(a =>
        (a.Alias, a.Target.EndsWith(">") ? null : (string?)a.Target.Substring("global::".Length))).ToArray();

    /// <summary>The aliases <paramref name="body"/> uses, as <c>using</c> directives, and the body with the short names.</summary>
    public static (string Usings, string Body) Apply(string body)
    {
        var usings = new StringBuilder();
        foreach (var (alias, pattern, target) in Patterns)
        {
            if (!pattern.IsMatch(body)) continue;
            body = pattern.Replace(body, alias);
            usings.Append("using ").Append(alias).Append(" = ").Append(target).Append(";\n");
        }

        return (usings.ToString(), body);
    }
}
