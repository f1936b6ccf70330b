"""Every agency domain the generator can draw a plan from."""

from __future__ import annotations

from samples.generator.vocab.domains_gov import GOV_DOMAINS
from samples.generator.vocab.domains_infra import INFRA_DOMAINS
from samples.generator.vocab.domains_social import SOCIAL_DOMAINS
from samples.generator.vocab.specs import Domain

DOMAINS: tuple[Domain, ...] = SOCIAL_DOMAINS + INFRA_DOMAINS + GOV_DOMAINS
