using System;

namespace Conv;

/// <summary>A rectangle of output positions: rows <c>[Top, Top + Height)</c>, columns <c>[Left, Left + Width)</c>.</summary>
public readonly struct Region : IEquatable<Region>
{
    /// <summary>Creates a region; an empty region has a zero height or width.</summary>
    public Region(int top, int left, int height, int width)
    {
        if (top < 0) throw new ArgumentOutOfRangeException(nameof(top), top, "top must not be negative");
        if (left < 0) throw new ArgumentOutOfRangeException(nameof(left), left, "left must not be negative");
        if (height < 0) throw new ArgumentOutOfRangeException(nameof(height), height, "height must not be negative");
        if (width < 0) throw new ArgumentOutOfRangeException(nameof(width), width, "width must not be negative");
        Top = top;
        Left = left;
        Height = height;
        Width = width;
    }

    /// <summary>First row of the region.</summary>
    public int Top { get; }

    /// <summary>First column of the region.</summary>
    public int Left { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>One past the last row.</summary>
    public int Bottom => Top + Height;

    /// <summary>One past the last column.</summary>
    public int Right => Left + Width;

    /// <summary>True when the region holds no position.</summary>
    public bool IsEmpty => Height == 0 || Width == 0;

    /// <summary>Number of positions in the region.</summary>
    public int Area => Height * Width;

    /// <summary>True when <paramref name="row"/>, <paramref name="column"/> lies inside the region.</summary>
    public bool Contains(int row, int column) =>
        row >= Top && row < Bottom && column >= Left && column < Right;

    /// <summary>The positions in both regions (empty when they do not overlap).</summary>
    public Region Intersect(Region other)
    {
        int top = Math.Max(Top, other.Top), left = Math.Max(Left, other.Left);
        int bottom = Math.Min(Bottom, other.Bottom), right = Math.Min(Right, other.Right);
        return bottom <= top || right <= left ? default : new Region(top, left, bottom - top, right - left);
    }

    /// <summary>Deconstructs into <c>(Top, Left, Height, Width)</c>.</summary>
    public void Deconstruct(out int top, out int left, out int height, out int width)
    {
        top = Top;
        left = Left;
        height = Height;
        width = Width;
    }

    /// <inheritdoc />
    public bool Equals(Region other) =>
        Top == other.Top && Left == other.Left && Height == other.Height && Width == other.Width;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Region other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Top * 397 ^ Left) * 397 ^ Height) * 397 ^ Width;

    /// <summary>Compares two regions.</summary>
    public static bool operator ==(Region left, Region right) => left.Equals(right);

    /// <summary>Compares two regions.</summary>
    public static bool operator !=(Region left, Region right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        IsEmpty ? "empty" : $"rows {Top}..{Bottom - 1}, columns {Left}..{Right - 1}";
}
