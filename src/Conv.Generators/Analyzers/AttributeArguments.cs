using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.Analyzers;

/// <summary>Finds the attribute argument a diagnostic is about, so that it points at the number at fault.</summary>
internal static class AttributeArguments
{
    /// <summary>The named argument with one of <paramref name="names"/>, else positional argument <paramref name="position"/>, else the attribute.</summary>
    public static Location Find(AttributeData attribute, int position, params string[] names)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax) return Location.None;
        var arguments = syntax.ArgumentList?.Arguments;
        if (arguments is null) return syntax.GetLocation();
        foreach (var name in names)
        {
            var named = arguments.Value.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
            if (named is not null) return named.GetLocation();
        }

        var positional = arguments.Value.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        return position >= 0 && position < positional.Count ? positional[position].GetLocation() : syntax.GetLocation();
    }

    /// <summary>Where a geometry parameter (as <see cref="Conv2dGeometry.Validate"/> names it) is set in a <c>[Conv2d]</c>.</summary>
    public static Location ForParameter(AttributeData attribute, string parameter) => parameter switch
    {
        "inChannels" => Find(attribute, 0),
        "outChannels" => Find(attribute, 1),
        "kernelHeight" => Find(attribute, 2, "KernelHeight"),
        "kernelWidth" => Find(attribute, 2, "KernelWidth"),
        "inputHeight" => Find(attribute, -1, "InputHeight"),
        "inputWidth" => Find(attribute, -1, "InputWidth"),
        "strideHeight" => Find(attribute, -1, "StrideHeight", "Stride"),
        "strideWidth" => Find(attribute, -1, "StrideWidth", "Stride"),
        "paddingHeight" => Find(attribute, -1, "PaddingHeight", "Padding"),
        "paddingWidth" => Find(attribute, -1, "PaddingWidth", "Padding"),
        "dilationHeight" => Find(attribute, -1, "DilationHeight", "Dilation"),
        "dilationWidth" => Find(attribute, -1, "DilationWidth", "Dilation"),
        "groups" => Find(attribute, -1, "Groups"),
        "paddingMode" => Find(attribute, -1, "PaddingMode"),
        "channels" => Find(attribute, 0),
        "eps" => Find(attribute, -1, "Eps"),
        _ => Find(attribute, -1),
    };

    /// <summary>The <c>typeof</c> argument at <paramref name="index"/> of a <c>[Composite]</c>.</summary>
    public static Location LayerArgument(AttributeData attribute, int index) => Find(attribute, index);
}
