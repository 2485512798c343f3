"""Cut GMB (news4/train) into news windows for meeting annotation.

Each window: 10 consecutive sentences of one pseudo-document, centred (3 before) on a sentence with a
meeting word; plus windows without one. Detokenized back to plain text, one paragraph per sentence.
"""
import gzip, json, random, re, sys

MEETING = re.compile(r"\b(visit\w*|meet\w*|met|talks|summit\w*|discuss\w*|host\w*|phone|telephone|"
                     r"greet\w*|received|conferen\w*|negotiat\w*)\b", re.I)

def detok(tokens):
    out, quote_open = "", False
    for i, t in enumerate(tokens):
        if t == '"':
            if quote_open:
                out += '"'
            else:
                out += (" " if out else "") + '"'
            quote_open = not quote_open
            continue
        glue = (t in {",", ".", ";", ":", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
                or (out.endswith('"') and quote_open and out[-1:] == '"' and (len(out) == 1 or out[-2] == " "))
                or out.endswith("(") or out.endswith("$"))
        out += t if (glue or not out) else " " + t
    return out

def sentences(path):
    docs, doc = [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if doc: docs.append(doc); doc = []
                continue
            toks = re.sub(r"<START:\w+> | <END>", "", line).split(" ")
            doc.append(detok(toks))
    if doc: docs.append(doc)
    return docs

def main(path, seed, n_with, n_without, out_dir, exclude=()):
    docs = sentences(path)
    rng = random.Random(seed)
    cands_with, cands_without = [], []
    for d, doc in enumerate(docs):
        for s in range(3, len(doc) - 6, 10):
            window = (d, s - 3, s + 7)
            if "gmb-%03d-%02d" % (d, s - 3) in exclude:
                continue
            (cands_with if MEETING.search(doc[s]) else cands_without).append(window)
    picked = rng.sample(cands_with, n_with) + rng.sample(cands_without, n_without)
    rng.shuffle(picked)
    for k, (d, a, b) in enumerate(picked, 1):
        text = "\n\n".join(docs[d][a:b])
        ident = "gmb-%03d-%02d" % (d, a)
        rec = {"id": ident, "title": docs[d][a], "publisher": "Groningen Meaning Bank (Voice of America news)",
               "url": "https://gmb.let.rug.nl/", "license": "ODbL-1.0 / DbCL-1.0 (GMB: public-domain VOA texts)",
               "text": text}
        with open("%s/%s.json" % (out_dir, ident), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1); f.write("\n")
        print(k, ident)

if __name__ == "__main__":
    excluded = set()
    for listing in sys.argv[6:]:  # files naming windows drawn before, one id a line
        excluded |= {line.split()[-1] for line in open(listing) if line.strip()}
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], excluded)
