"""Cue phrases shared by the type and role classifiers."""

from __future__ import annotations

import re

# "we propose/introduce/present ..." and kin: the paper makes something new.
INTRO = re.compile(
    r"\b(?:we|this (?:paper|work|study)|our (?:work|paper)|here)\b[^.;]{0,60}?\b(?:propose[sd]?|introduce[sd]?|"
    r"present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|build|built|construct(?:s|ed)?|create[sd]?|release[sd]?|"
    r"curate[sd]?|collect(?:s|ed)?|establish(?:es|ed)?|contribute[sd]?|devise[sd]?|assemble[sd]?|"
    r"unveil(?:s|ed)?|offer(?:s|ed)?|open-source[sd]?)\b",
    re.IGNORECASE,
)
# Words between an introduce cue and a name that show the name is not the new thing
# ("we propose a method based on CLIP").
BLOCKERS = re.compile(r"\b(?:on|with|using|than|over|from|against|of|for|to|by|based|via|and|such as|into|"
                       r"that|which|where|in)\b", re.IGNORECASE)

# Evaluation metrics as abstracts write them.
METRICS = (
    r"top-?1(?: accuracy| acc\.?)?|top-?5(?: accuracy)?|(?:zero-shot |linear[- ]probe? |few-shot |mean |average |"
    r"overall |classification |test |top-1 )?accurac(?:y|ies)|acc\.?|F1(?:[- ]score)?|F_1|macro-F1|micro-F1|BLEU(?:-\d)?|"
    r"ROUGE(?:-[L12])?|METEOR|CIDEr|SPICE|mAP(?:@[\d.]+)?|AP(?:50|75)?|box AP|mask AP|mIoU|IoU|PSNR|SSIM|LPIPS|FID|"
    r"FVD|IS|AUC|AUROC|AUPRC|EM|exact match|Dice(?: score)?|WER|CER|recall(?:@\d+)?|R@\d+|precision|pass@\d+|"
    r"success rate|perplexity|NDCG(?:@\d+)?|MRR|Hits@\d+|HOTA|MOTA|PQ|mAcc|NDS|ADE|FDE|EPE|Spearman|Pearson|"
    r"score|win rate"
)
