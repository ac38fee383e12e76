from django.contrib import admin

from careercoach.admin import GenerationResultAdmin
from interviews.models import QuestionSet

admin.site.register(QuestionSet, GenerationResultAdmin)
