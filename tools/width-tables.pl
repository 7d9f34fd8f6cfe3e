#!/usr/bin/env perl
# Prints the range tables of dev.ferry.diff.WidthTables from the Unicode data that ships with
# Perl (perl -e 'use Unicode::UCD; print Unicode::UCD::UnicodeVersion()'), so that display
# widths never depend on the JDK's Unicode version. Usage: perl tools/width-tables.pl
use strict;
use warnings;
use Unicode::UCD qw(prop_invlist);

sub ranges {
    my @inv = prop_invlist($_[0]);
    my @out;
    for (my $i = 0; $i < @inv; $i += 2) {
        my $end = defined $inv[$i + 1] ? $inv[$i + 1] - 1 : 0x10FFFF;
        push @out, [$inv[$i], $end];
    }
    return @out;
}

sub merged {
    my @m;
    for my $r (sort { $a->[0] <=> $b->[0] } @_) {
        if (@m && $r->[0] <= $m[-1][1] + 1) {
            $m[-1][1] = $r->[1] if $r->[1] > $m[-1][1];
        } else {
            push @m, [@$r];
        }
    }
    return @m;
}

sub table {
    my ($name, $comment, @r) = @_;
    print "    /** $comment */\n";
    print "    static final int[] $name = {\n";
    for (my $i = 0; $i < @r; $i += 5) {
        my @row = @r[$i .. ($i + 4 < $#r ? $i + 4 : $#r)];
        print "        ", join(" ", map { sprintf("0x%X, 0x%X,", @$_) } @row), "\n";
    }
    print "    };\n\n";
}

print "    // Unicode ", Unicode::UCD::UnicodeVersion(), "\n";
table("WIDE", "East Asian Width W or F, or Emoji_Presentation: two columns.",
    merged(ranges("East_Asian_Width=Wide"), ranges("East_Asian_Width=Fullwidth"), ranges("Emoji_Presentation")));
table("ZERO", "Marks, format characters, conjoining jamo vowels and finals: no column of their own.",
    grep { !($_->[0] == 0xAD && $_->[1] == 0xAD) }
    merged(ranges("General_Category=Nonspacing_Mark"), ranges("General_Category=Enclosing_Mark"),
        ranges("General_Category=Format"), [0x1160, 0x11FF], [0xD7B0, 0xD7FF]));
table("EXTEND", "Grapheme_Cluster_Break Extend, SpacingMark or ZWJ: belongs to the character before it.",
    merged(ranges("Grapheme_Cluster_Break=Extend"), ranges("Grapheme_Cluster_Break=SpacingMark"),
        ranges("Grapheme_Cluster_Break=ZWJ")));
table("PICTOGRAPHIC", "Extended_Pictographic: what a zero width joiner joins into one emoji.",
    merged(ranges("Extended_Pictographic")));
