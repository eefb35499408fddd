#include "passagerestore.h"

namespace {

// A section as a flat list of blocks, each remembering the item it came from,
// so a block can go in anywhere and the items be put together again.
struct Entry
{
    int item;
    PassageTags callout;
    ContentBlock block;
};

QList<Entry> flatten(const SectionContent &section)
{
    QList<Entry> out;
    for (int i = 0; i < section.items.size(); ++i) {
        for (const ContentBlock &block : section.items[i].blocks)
            out << Entry {i, section.items[i].callout, block};
    }
    return out;
}

QList<ContentItem> regroup(const QList<Entry> &entries)
{
    QList<ContentItem> items;
    int current = -2;
    for (const Entry &e : entries) {
        if (items.isEmpty() || e.item != current)
            items << ContentItem {e.callout, {}};
        current = e.item;
        items.last().blocks << e.block;
    }
    return items;
}

} // namespace

SectionContent PassageRestore::restore(const SectionContent &current, const SectionContent &source,
                                       const QString &passageId)
{
    const QList<Entry> sourceEntries = flatten(source);
    QStringList before; // the source's passages that come before this one
    const Entry *original = nullptr;
    for (const Entry &e : sourceEntries) {
        if (e.block.passageId == passageId) {
            original = &e;
            break;
        }
        if (!e.block.passageId.isEmpty())
            before << e.block.passageId;
    }
    if (!original || passageId.isEmpty())
        return current;

    QList<Entry> entries = flatten(current);
    int at = -1;
    for (int i = 0; i < entries.size();) {
        if (entries[i].block.passageId == passageId) {
            if (at < 0)
                at = i; // an edited passage is restored where it stands
            entries.removeAt(i);
        } else {
            ++i;
        }
    }
    if (at < 0) {
        // A removed one goes after the last passage the source puts before
        // it, else after the section heading, else first.
        at = 0;
        for (int i = 0; i < entries.size(); ++i) {
            if (before.contains(entries[i].block.passageId) || entries[i].block.kind == BlockKind::SectionHeading)
                at = i + 1;
        }
    }
    Entry restored {-1, original->callout, original->block};
    // A plain passage joins the plain text before it; a callout is a box of its own.
    if (!restored.callout && at > 0 && !entries[at - 1].callout)
        restored.item = entries[at - 1].item;
    entries.insert(at, restored);

    SectionContent out = current;
    out.items = regroup(entries);
    return out;
}
