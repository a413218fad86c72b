package org.therapyassist.navigation;

import java.util.List;

/** The menu items one person sees, in order; the page frame draws them and marks the page's own as current. */
public record Menu(List<MenuItem> items) {

    public static final Menu EMPTY = new Menu(List.of());

    public Menu {
        items = List.copyOf(items);
    }

    /** Whether this person has the item, for a page reached from more than one place (My day or the inbox). */
    public boolean has(String key) {
        return items.stream().anyMatch(i -> i.key().equals(key));
    }
}
