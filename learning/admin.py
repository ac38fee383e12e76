from django.contrib import admin

from careercoach.admin import GenerationResultAdmin
from learning.models import LearningPlan

admin.site.register(LearningPlan, GenerationResultAdmin)
