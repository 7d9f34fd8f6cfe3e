package dev.ferry.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/** The look of a cell: foreground, background and text attributes. */
record Style(TextColor foreground, TextColor background, Set<SGR> attributes) {
    static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    Style {
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(attributes);
    }

    EnumSet<SGR> sgr() {
        return attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
    }

    Style with(SGR attribute) {
        EnumSet<SGR> more = sgr();
        more.add(attribute);
        return new Style(foreground, background, more);
    }

    /** This style's colours with {@code other}'s background and attributes laid over, as for a selected cell. */
    Style over(Style other) {
        EnumSet<SGR> merged = sgr();
        merged.addAll(other.attributes);
        TextColor back = other.background == TextColor.ANSI.DEFAULT ? background : other.background;
        TextColor fore = other.foreground == TextColor.ANSI.DEFAULT ? foreground : other.foreground;
        return new Style(fore, back, merged);
    }
}
